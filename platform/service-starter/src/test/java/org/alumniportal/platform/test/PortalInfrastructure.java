package org.alumniportal.platform.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.ClassUtils;
import org.springframework.util.FileSystemUtils;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;

/**
 * The MongoDB and Kafka of a test JVM, started once on first use and stopped when the JVM exits. With a
 * Docker engine: Testcontainers {@code mongo:7} and {@code apache/kafka}; without one: the embedded
 * MongoDB-compatible store (in memory) and a real embedded KRaft broker from infra/local-stack. It prints
 * which one it uses. {@code -Dportal.it.infrastructure=embedded} (or {@code containers}) forces a choice.
 */
public final class PortalInfrastructure {

    /** What a backend offers; {@link #close()} stops what it started. */
    interface Backend extends AutoCloseable {
        String mongoUri();

        String kafkaBootstrapServers();

        String description();

        @Override
        void close();
    }

    private static PortalInfrastructure shared;

    private final Backend backend;

    private PortalInfrastructure(Backend backend) {
        this.backend = backend;
    }

    /** The JVM-wide instance; the first call starts it (a few seconds). */
    public static synchronized PortalInfrastructure shared() {
        if (shared == null) {
            quietenLogging();
            Backend backend = start();
            System.out.println("[portal-it] " + backend.description());
            shared = new PortalInfrastructure(backend);
            Runtime.getRuntime().addShutdownHook(new Thread(backend::close, "portal-it-shutdown"));
        }
        return shared;
    }

    private static Backend start() {
        String forced = System.getProperty("portal.it.infrastructure",
                System.getenv().getOrDefault("PORTAL_IT_INFRASTRUCTURE", "auto"));
        boolean containersOnClasspath = ClassUtils.isPresent("org.testcontainers.DockerClientFactory",
                PortalInfrastructure.class.getClassLoader());
        if ("containers".equals(forced)) {
            if (!containersOnClasspath) {
                throw new IllegalStateException("portal.it.infrastructure=containers but Testcontainers is not on the "
                        + "test classpath (add org.testcontainers:testcontainers-mongodb and testcontainers-kafka)");
            }
            return ContainerBackend.start();
        }
        if (!"embedded".equals(forced) && containersOnClasspath && ContainerBackend.dockerAvailable()) {
            return ContainerBackend.start();
        }
        return EmbeddedBackend.start(containersOnClasspath ? "Docker not available"
                : "Testcontainers not on the test classpath");
    }

    /** Connection string without a database: each service names its own ({@code spring.mongodb.database}). */
    public String mongoUri() {
        return backend.mongoUri();
    }

    public String kafkaBootstrapServers() {
        return backend.kafkaBootstrapServers();
    }

    /**
     * Points a Spring test context at this infrastructure: {@code spring.mongodb.uri},
     * {@code spring.kafka.bootstrap-servers}, no Eureka registration, and a temporary
     * {@code portal.files.local-root}.
     */
    public void registerProperties(DynamicPropertyRegistry registry) {
        registry.add("spring.mongodb.uri", this::mongoUri);
        registry.add("spring.kafka.bootstrap-servers", this::kafkaBootstrapServers);
        registry.add("eureka.client.enabled", () -> "false");
        registry.add("portal.files.local-root", PortalInfrastructure::filesRoot);
        QUIET_LOGGERS.forEach(name -> registry.add("logging.level." + name, () -> "WARN"));
    }

    private static Path filesRoot;

    /** One temporary folder per test JVM for the local {@code FileStore}, so tests never write into ./data. */
    static synchronized String filesRoot() {
        if (filesRoot == null) {
            try {
                filesRoot = Files.createTempDirectory("portal-it-files-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path root = filesRoot;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> FileSystemUtils.deleteRecursively(root.toFile()),
                    "portal-it-files-cleanup"));
        }
        return filesRoot.toString();
    }

    /** The embedded broker and the Kafka clients log every config at INFO: thousands of lines per run. */
    static final List<String> QUIET_LOGGERS = List.of("kafka", "org.apache.kafka",
            "state.change.logger", "org.apache.zookeeper", "de.bwaldvogel.mongo", "org.mongodb.driver");

    private static void quietenLogging() {
        if (!ClassUtils.isPresent("ch.qos.logback.classic.Logger", PortalInfrastructure.class.getClassLoader())) {
            return;
        }
        for (String name : QUIET_LOGGERS) {
            if (LoggerFactory.getLogger(name) instanceof Logger logger) {
                logger.setLevel(Level.WARN);
            }
        }
    }
}
