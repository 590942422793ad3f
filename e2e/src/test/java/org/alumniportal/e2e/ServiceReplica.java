package org.alumniportal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One more instance of a service of the running stack, started from the jar {@code ./portal up} copied into the data
 * folder, with the stack's environment and its own free port: it registers in Eureka beside the first and shares the
 * store and the broker, as a second replica in production does. Stopped by its own pid ({@link #close()}); the
 * stack's {@code down} does not know it, so a shutdown hook stops it if the test JVM ends first.
 */
final class ServiceReplica implements AutoCloseable {

    /** The flags {@code ./portal} gives a service (its DEFAULT_JAVA_OPTS) unless PORTAL_JAVA_OPTS says otherwise. */
    private static final String DEFAULT_JAVA_OPTS = "-Xms32m -Xmx192m -Xss512k -XX:+UseSerialGC "
            + "-XX:TieredStopAtLevel=1 -XX:MaxMetaspaceSize=192m -XX:ReservedCodeCacheSize=64m";

    private final String service;
    private final int port;
    private final Process process;
    private final Path log;
    private final Thread shutdownHook;

    private ServiceReplica(String service, int port, Process process, Path log) {
        this.service = service;
        this.port = port;
        this.process = process;
        this.log = log;
        this.shutdownHook = new Thread(this::stop, service + "-replica-stop");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * Starts {@code service} (e.g. community-service) on {@code port} with {@code stackEnv} plus {@code settings}
     * and waits until its health is UP.
     */
    static ServiceReplica start(String service, int port, Map<String, String> stackEnv, Path dataDir,
            Map<String, String> settings) {
        // ./portal runs each service from its jar extracted into apps/<service>/ (the jar beside lib/)
        Path app = dataDir.resolve("apps").resolve(service);
        Path jar;
        try (var files = Files.list(app)) {
            jar = files.filter(f -> f.getFileName().toString().endsWith(".jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no jar in " + app));
        } catch (IOException e) {
            throw new IllegalStateException("no " + app + ": is " + service + " part of the running stack?", e);
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new ArrayList<>();
        command.add(java);
        command.addAll(Arrays.asList(stackEnv.getOrDefault("PORTAL_JAVA_OPTS", DEFAULT_JAVA_OPTS).split("\\s+")));
        command.add("-Dportal.data=" + dataDir);
        command.add("-jar");
        command.add(jar.toString());
        Path log = dataDir.resolve("logs").resolve(service + "-replica-" + port + ".log");
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(stackEnv);
        builder.environment().putIfAbsent("SPRING_PROFILES_ACTIVE", "local");
        builder.environment().putAll(settings);
        builder.environment().put("PORTAL_" + service.replace("-service", "").toUpperCase() + "_PORT",
                Integer.toString(port));
        ServiceReplica replica;
        try {
            replica = new ServiceReplica(service, port, builder.start(), log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.out.printf("[e2e] second %s started, pid %d, port %d, log %s%n", service, replica.pid(), port, log);
        try {
            // as long as ./portal up waits for a component on a loaded machine (a replica took 4 min to start here)
            replica.awaitHealthy(Duration.ofMinutes(8));
        } catch (RuntimeException e) {
            replica.close();
            throw e;
        }
        return replica;
    }

    long pid() {
        return process.pid();
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    Path log() {
        return log;
    }

    boolean isAlive() {
        return process.isAlive();
    }

    private void awaitHealthy(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the second " + service + " exited " + process.exitValue()
                        + "; see " + log);
            }
            try {
                HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(baseUrl()
                        + "/actuator/health")).timeout(Duration.ofSeconds(3)).GET().build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofSeconds(1));
        }
        throw new IllegalStateException("the second " + service + " was not healthy within " + timeout + "; see " + log);
    }

    /** SIGTERM to this pid (a graceful Spring shutdown deregisters from Eureka), SIGKILL after 30 s. */
    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                ProcessHandle.of(process.pid()).ifPresent(ProcessHandle::destroyForcibly);
                process.waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs (or ran) already
        }
        System.out.printf("[e2e] second %s (pid %d) stopped: %s%n", service, pid(), !process.isAlive());
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
