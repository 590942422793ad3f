package org.alumniportal.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code ./portal} against a private data folder and free ports, so an end-to-end run never touches a
 * developer's own stack. Only the processes recorded in that folder's pid files are measured and stopped.
 */
final class PortalStack implements AutoCloseable {

    private static final List<String> PORT_VARIABLES = List.of("PORTAL_GATEWAY_PORT", "PORTAL_DISCOVERY_PORT",
            "PORTAL_AUTH_PORT", "PORTAL_PROFILE_PORT", "PORTAL_JOB_PORT", "PORTAL_MENTORSHIP_PORT",
            "PORTAL_COMMUNITY_PORT", "PORTAL_NOTIFICATION_PORT", "PORTAL_ANALYTICS_PORT", "PORTAL_KEYCLOAK_PORT",
            "PORTAL_MONGO_PORT", "PORTAL_KAFKA_PORT", "PORTAL_KAFKA_CONTROLLER_PORT", "PORTAL_SMTP_PORT",
            "PORTAL_MAIL_HTTP_PORT", "PORTAL_GATEWAY_CLUSTER_PORT");

    /**
     * Per client address and anonymous auth endpoint. The suite registers and logs in a dozen users from one
     * address within a minute or two, so the production default of 10 would refuse it; the rate-limit test
     * floods past this value.
     */
    static final int AUTH_RATE_LIMIT_PER_MINUTE = 40;

    private final Path root;
    private final Path dataDir;
    private final Map<String, String> env = new LinkedHashMap<>();
    private Duration upTime;
    /** The lines the last {@code ./portal} command printed, for benchmarks that read its timings. */
    private final List<String> lastOutput = new java.util.concurrent.CopyOnWriteArrayList<>();

    PortalStack(Path root) {
        this.root = root;
        try {
            this.dataDir = Files.createTempDirectory("portal-e2e-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String variable : PORT_VARIABLES) {
            env.put(variable, Integer.toString(freePort()));
        }
        env.put("PORTAL_DATA_DIR", dataDir.toString());
        // Services read SMTP_PORT first: one inherited from the caller must not send mail to another stack.
        env.put("SMTP_HOST", "127.0.0.1");
        env.put("SMTP_PORT", env.get("PORTAL_SMTP_PORT"));
        env.put("PORTAL_RATE_LIMIT_AUTH_PER_MINUTE", Integer.toString(AUTH_RATE_LIMIT_PER_MINUTE));
        // The login flood test uses one account: its per-account bucket must not run out before the address's.
        env.put("PORTAL_RATE_LIMIT_LOGIN_PER_ACCOUNT_PER_MINUTE", Integer.toString(AUTH_RATE_LIMIT_PER_MINUTE));
        // -Dstack.env.NAME=VALUE on the Maven command line sets NAME in the stack's environment (a benchmark
        // run against other JVM flags, say), after everything above.
        System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("stack.env."))
                .forEach(name -> env.put(name.substring("stack.env.".length()), System.getProperty(name)));
    }

    static Path rootFromSystemProperty() {
        String root = System.getProperty("portal.root", "..");
        return Path.of(root).toAbsolutePath().normalize();
    }

    String gateway() {
        return "http://127.0.0.1:" + env.get("PORTAL_GATEWAY_PORT");
    }

    String mailApi() {
        return "http://127.0.0.1:" + env.get("PORTAL_MAIL_HTTP_PORT");
    }

    /** Sets (or overrides) one variable of the stack's environment; call before {@link #up()}. */
    PortalStack with(String variable, String value) {
        env.put(variable, value);
        return this;
    }

    int port(String variable) {
        return Integer.parseInt(env.get(variable));
    }

    Path dataDir() {
        return dataDir;
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + env.get("PORTAL_KAFKA_PORT");
    }

    String discovery() {
        return "http://127.0.0.1:" + env.get("PORTAL_DISCOVERY_PORT");
    }

    /** One more instance of a running service, on a free port, with this stack's environment plus {@code settings}. */
    ServiceReplica startReplica(String service, Map<String, String> settings) {
        return ServiceReplica.start(service, freePort(), env, dataDir, settings);
    }

    /** {@code ./portal up NAME...}: starts these components (and what they need) in the running stack. */
    int up(String... names) {
        String[] args = new String[names.length + 1];
        args[0] = "up";
        System.arraycopy(names, 0, args, 1, names.length);
        return run(Duration.ofMinutes(5), args);
    }

    /** Where {@code ./portal} writes each component's log. */
    Path logs() {
        return dataDir.resolve("logs");
    }

    Duration upTime() {
        return upTime;
    }

    List<String> lastOutput() {
        return List.copyOf(lastOutput);
    }

    void up() {
        long start = System.nanoTime();
        int exit = run(Duration.ofMinutes(15), "up");
        upTime = Duration.ofNanos(System.nanoTime() - start);
        if (exit != 0) {
            throw new IllegalStateException("./portal up exited " + exit + "; see its output above");
        }
    }

    /** {@code ./portal prepare}: the part of {@code ./portal build} after Maven (Keycloak's build, CDS training). */
    void prepare() {
        int exit = run(Duration.ofMinutes(15), "prepare");
        if (exit != 0) {
            throw new IllegalStateException("./portal prepare exited " + exit + "; see its output above");
        }
    }

    /** Sum of resident memory of every recorded process of the suite and their descendants, in MiB. */
    long residentMemoryMiB() {
        return processesWithDescendants().stream().mapToLong(handle -> residentKiB(handle.pid())).sum() / 1024;
    }

    /** Resident memory of each recorded component (its process and descendants), in MiB, by component name. */
    Map<String, Long> residentMemoryMiBByComponent() {
        Map<String, Long> resident = new java.util.TreeMap<>();
        Path run = dataDir.resolve("run");
        try (Stream<Path> files = Files.list(run)) {
            for (Path pid : files.filter(f -> f.toString().endsWith(".pid")).toList()) {
                long kib = ProcessHandle.of(readPid(pid)).stream().flatMap(PortalStack::withDescendants)
                        .mapToLong(handle -> residentKiB(handle.pid())).sum();
                resident.put(pid.getFileName().toString().replace(".pid", ""), kib / 1024);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resident;
    }

    /** CPU time used so far by each recorded component (its process and descendants), by component name. */
    Map<String, Duration> cpuTimeByComponent() {
        Map<String, Duration> used = new java.util.TreeMap<>();
        try (Stream<Path> files = Files.list(dataDir.resolve("run"))) {
            files.map(f -> f.getFileName().toString()).filter(f -> f.endsWith(".pid"))
                    .map(f -> f.substring(0, f.length() - ".pid".length()))
                    .forEach(component -> used.put(component, cpuTime(component)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return used;
    }

    /** CPU time used so far by one component's process and its descendants (zero when it is not running). */
    Duration cpuTime(String component) {
        Path pidFile = dataDir.resolve("run").resolve(component + ".pid");
        if (!Files.isRegularFile(pidFile)) {
            return Duration.ZERO;
        }
        return ProcessHandle.of(readPid(pidFile)).stream().flatMap(PortalStack::withDescendants)
                .map(handle -> handle.info().totalCpuDuration().orElse(Duration.ZERO))
                .reduce(Duration.ZERO, Duration::plus);
    }

    /** Every live recorded process of the suite and everything it started (Keycloak's JVM under kc.sh, say). */
    List<ProcessHandle> processesWithDescendants() {
        return pids().flatMap(pid -> ProcessHandle.of(pid).stream())
                .flatMap(PortalStack::withDescendants).distinct().toList();
    }

    private static Stream<ProcessHandle> withDescendants(ProcessHandle handle) {
        return Stream.concat(Stream.of(handle), handle.descendants());
    }

    Stream<Long> pids() {
        Path run = dataDir.resolve("run");
        if (!Files.isDirectory(run)) {
            return Stream.empty();
        }
        try (Stream<Path> files = Files.list(run)) {
            return files.filter(f -> f.toString().endsWith(".pid")).map(PortalStack::readPid).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int down() {
        return run(Duration.ofMinutes(2), "down");
    }

    @Override
    public void close() {
        down();
    }

    private int run(Duration timeout, String... args) {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(root.resolve("portal").toString());
        builder.command().addAll(List.of(args));
        // Not inheritIO: the forked test JVM's own stdout is failsafe's channel, and bytes written to it
        // directly by a child are reported as a corrupted channel. Copied line by line through System.out.
        builder.directory(root.toFile()).redirectErrorStream(true).environment().putAll(env);
        try {
            Process process = builder.start();
            lastOutput.clear();
            Thread copier = new Thread(() -> copyOutput(process, lastOutput), "portal-" + args[0] + "-output");
            copier.setDaemon(true);
            copier.start();
            if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
                process.destroy();
                throw new IllegalStateException("./portal " + String.join(" ", args) + " did not finish in " + timeout);
            }
            copier.join(Duration.ofSeconds(2).toMillis());
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void copyOutput(Process process, List<String> kept) {
        try (BufferedReader lines = process.inputReader()) {
            lines.lines().forEach(line -> {
                kept.add(line);
                System.out.println("[portal] " + line);
            });
        } catch (IOException | UncheckedIOException e) {
            System.out.println("[portal] output lost: " + e);
        }
    }

    private static long readPid(Path file) {
        try {
            return Long.parseLong(Files.readString(file).trim());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long residentKiB(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc", Long.toString(pid), "status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:"))
                    .mapToLong(l -> Long.parseLong(l.replaceAll("[^0-9]", ""))).findFirst().orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each run unpacks Keycloak (about 240 MB) and copies the jars into its data folder; only the logs are kept. */
    void deleteAllButLogs() {
        try (Stream<Path> files = Files.walk(dataDir)) {
            files.sorted(Comparator.reverseOrder())
                    .filter(path -> !path.equals(dataDir) && !path.startsWith(logs()))
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            System.out.println("[e2e] could not clean " + dataDir + ": " + e);
        }
    }
}
