package org.alumniportal.localstack.keycloak;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;

import org.alumniportal.localstack.FreePorts;

/**
 * A real Keycloak ({@code kc.sh start-dev}) on 127.0.0.1 with the {@code alumni} realm imported, for tests and
 * tools. Everything lives under {@code <dataDir>/keycloak/}: the unpacked distribution, its H2 database (so a
 * restart on the same folder keeps users and sessions) and {@code keycloak.log}. {@link #close()} stops the
 * process it started and that process's descendants, nothing else.
 */
public final class KeycloakServer implements AutoCloseable {

    public static final String REALM = "alumni";
    static final String REALM_RESOURCE = "/keycloak/alumni-realm.json";
    /**
     * C1-only JIT and an automatically kept class-data archive: measured on 2 cores, a warm start went from
     * 14 s to 8.5 s (C1) and to about 7.5 s (with the archive). The add-opens silences a Java 24+ error at stop.
     */
    static final String JAVA_OPTS_APPEND = "--add-opens=java.base/java.lang=ALL-UNNAMED -XX:TieredStopAtLevel=1";

    private final Process process;
    private final int port;
    private final Path logFile;

    private KeycloakServer(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /** @param port the HTTP port, or 0 for a free one */
    public static KeycloakServer start(Path dataDir, int port) {
        return start(dataDir, port, Map.of());
    }

    /** @param env extra environment for Keycloak, e.g. {@code PORTAL_KEYCLOAK_CLIENT_SECRET} for the realm file */
    public static KeycloakServer start(Path dataDir, int port, Map<String, String> env) {
        Path parent = dataDir.toAbsolutePath().resolve("keycloak");
        int httpPort = FreePorts.orFree(port);
        Path home;
        Path logFile = parent.resolve("keycloak.log");
        Process process;
        try {
            Files.createDirectories(parent);
            home = KeycloakDistribution.home(parent);
            copyRealm(home.resolve("data/import"));
            ProcessBuilder builder = new ProcessBuilder(command(home, httpPort))
                    .directory(home.toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment(System.getenv(), parent, Jdks.forKeycloak(), env));
            builder.environment().remove("JAVA_OPTS");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KeycloakServer server = new KeycloakServer(process, httpPort, logFile);
        try {
            server.awaitReady(Duration.ofSeconds(Long.getLong("portal.keycloak.start-timeout-seconds", 300)));
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    static List<String> command(Path home, int port) {
        return List.of(home.resolve("bin/kc.sh").toString(), "start-dev", "--http-host=127.0.0.1",
                "--http-port=" + port, "--hostname=http://127.0.0.1:" + port, "--import-realm");
    }

    static Map<String, String> environment(Map<String, String> outer, Path parent, Path javaHome,
            Map<String, String> extra) {
        Map<String, String> env = new HashMap<>();
        env.put("JAVA_HOME", javaHome.toString());
        env.put("KC_BOOTSTRAP_ADMIN_USERNAME", outer.getOrDefault("KEYCLOAK_ADMIN", "admin"));
        env.put("KC_BOOTSTRAP_ADMIN_PASSWORD", outer.getOrDefault("KEYCLOAK_ADMIN_PASSWORD", "admin"));
        env.put("JAVA_OPTS_KC_HEAP", outer.getOrDefault("PORTAL_KEYCLOAK_HEAP", "-Xms64m -Xmx512m"));
        env.put("JAVA_OPTS_APPEND", JAVA_OPTS_APPEND + " -XX:+AutoCreateSharedArchive -XX:SharedArchiveFile="
                + parent.resolve("keycloak.jsa"));
        String origin = outer.get("PORTAL_FRONTEND_ORIGIN");
        if (origin != null && !origin.isBlank()) {
            // The realm file uses it for one redirect URI; a comma-separated CORS list keeps its first entry.
            env.put("PORTAL_FRONTEND_ORIGIN", origin.split(",")[0].strip());
        }
        env.putAll(extra);
        return env;
    }

    private static void copyRealm(Path importDir) throws IOException {
        Files.createDirectories(importDir);
        try (InputStream realm = KeycloakServer.class.getResourceAsStream(REALM_RESOURCE)) {
            if (realm == null) {
                throw new IllegalStateException(REALM_RESOURCE + " is missing from the local-stack jar");
            }
            Files.copy(realm, importDir.resolve("alumni-realm.json"), StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private void awaitReady(Duration timeout) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest probe = HttpRequest.newBuilder(URI.create(issuerUri() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with " + process.exitValue() + " before it was ready; "
                        + "last lines of " + logFile + ":\n" + tail(logFile, 30));
            }
            try {
                if (http.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("Keycloak was not ready within " + timeout.toSeconds() + " s; last lines of "
                + logFile + ":\n" + tail(logFile, 30));
    }

    static String tail(Path file, int lines) {
        try (Stream<String> all = Files.lines(file)) {
            List<String> list = all.toList();
            return String.join("\n", list.subList(Math.max(0, list.size() - lines), list.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:<port>}, what services call {@code KEYCLOAK_URL}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** The realm's issuer, {@code <baseUrl>/realms/alumni}. */
    public String issuerUri() {
        return baseUrl() + "/realms/" + REALM;
    }

    public Path logFile() {
        return logFile;
    }

    /** The launcher script's PID; Keycloak's JVM is its child. */
    public long pid() {
        return process.pid();
    }

    /** SIGTERM to the launcher and its descendants, SIGKILL to whatever is left after 30 s. */
    @Override
    public void close() {
        ProcessHandle root = process.toHandle();
        List<ProcessHandle> started = Stream.concat(root.descendants(), Stream.of(root)).toList();
        started.forEach(ProcessHandle::destroy);
        CompletableFuture<?>[] exits = started.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new);
        try {
            CompletableFuture.allOf(exits).get(30, TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            started.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }
}
