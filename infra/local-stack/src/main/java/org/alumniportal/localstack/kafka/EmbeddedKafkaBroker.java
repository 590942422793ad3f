package org.alumniportal.localstack.kafka;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

import org.alumniportal.localstack.FreePorts;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;

/**
 * A single-node KRaft Kafka (broker + controller) on 127.0.0.1. The log directory is formatted once and
 * reused, so a restart keeps topics, offsets and records. Replication factors are 1: this is one node.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDir;
    private volatile boolean deleteFilesOnClose;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, int port, Path logDir) {
        this.server = server;
        this.port = port;
        this.logDir = logDir;
    }

    /**
     * @param logDir where the broker keeps its data; formatted on first use
     * @param port the client port, or 0 for a free one
     * @param controllerPort the KRaft controller port, or 0 for a free one (a restart on the same log dir
     *                       needs the same one)
     */
    public static EmbeddedKafkaBroker start(Path logDir, int port, int controllerPort) {
        return start(logDir, port, controllerPort, Map.of());
    }

    private static EmbeddedKafkaBroker start(Path logDir, int port, int controllerPort, Map<String, String> overrides) {
        int clientPort = FreePorts.orFree(port);
        int quorumPort = FreePorts.orFree(controllerPort);
        Properties props = properties(logDir, clientPort, quorumPort);
        props.putAll(overrides);
        formatOnce(logDir, props);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props, false), Time.SYSTEM);
        server.startup();
        return new EmbeddedKafkaBroker(server, clientPort, logDir);
    }

    /**
     * A broker for one test run, in a fresh temporary directory that is removed when the JVM exits (test
     * brokers are often shared for a whole JVM and never closed explicitly).
     */
    public static EmbeddedKafkaBroker startTemporary() {
        return startTemporary(Map.of());
    }

    /**
     * One shutdown hook closes the broker and only then deletes its files. Deleting them while the broker
     * still runs (say, in a hook of its own racing the owner's close) makes the next high-watermark
     * checkpoint fail, and Kafka then halts the JVM with exit code 1 because all its log dirs "failed".
     */
    static EmbeddedKafkaBroker startTemporary(Map<String, String> overrides) {
        Path dir;
        try {
            dir = Files.createTempDirectory("portal-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        EmbeddedKafkaBroker broker;
        try {
            broker = start(dir, 0, 0, overrides);
        } catch (RuntimeException e) {
            deleteFiles(dir);
            throw e;
        }
        broker.deleteFilesOnClose = true;
        Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "portal-kafka-close"));
        return broker;
    }

    private static void deleteFiles(Path logDir) {
        deleteQuietly(logDir);
        deleteQuietly(logDir.resolveSibling(logDir.getFileName() + ".properties"));
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (var paths = Files.walk(path)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // best effort: a leftover temp folder is not worth failing a test run for
        }
    }

    static Properties properties(Path logDir, int clientPort, int controllerPort) {
        Properties p = new Properties();
        p.put("process.roles", "broker,controller");
        p.put("node.id", "1");
        p.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.put("listeners", "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.put("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
        p.put("controller.listener.names", "CONTROLLER");
        p.put("inter.broker.listener.name", "PLAINTEXT");
        p.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.put("log.dirs", logDir.toAbsolutePath().toString());
        p.put("num.partitions", "3");
        p.put("default.replication.factor", "1");
        p.put("offsets.topic.replication.factor", "1");
        p.put("offsets.topic.num.partitions", "5");
        p.put("transaction.state.log.replication.factor", "1");
        p.put("transaction.state.log.min.isr", "1");
        p.put("share.coordinator.state.topic.replication.factor", "1");
        p.put("share.coordinator.state.topic.min.isr", "1");
        p.put("group.initial.rebalance.delay.ms", "0");
        p.put("auto.create.topics.enable", "true");
        p.put("log.retention.hours", "168");
        return p;
    }

    private static void formatOnce(Path logDir, Properties props) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(logDir);
            Path config = logDir.resolveSibling(logDir.getFileName() + ".properties");
            try (OutputStream out = Files.newOutputStream(config)) {
                props.store(out, "embedded KRaft broker");
            }
            String clusterId = Uuid.randomUuid().toString();
            StorageTool.execute(new String[] {"format", "-t", clusterId, "-c", config.toString()},
                    new PrintStream(OutputStream.nullOutputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return port;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public Path logDir() {
        return logDir;
    }

    /**
     * Stops the broker and waits for it; a temporary broker's files go after that. Idempotent and safe to call
     * from several threads (a test's own close and the shutdown hook): later callers wait for the first.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        if (deleteFilesOnClose) {
            deleteFiles(logDir);
        }
    }
}
