package org.alumniportal.localstack;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.alumniportal.localstack.kafka.EmbeddedKafkaBroker;
import org.alumniportal.localstack.mail.MailCatcher;
import org.alumniportal.localstack.mongo.EmbeddedMongo;

/**
 * The infrastructure JVM of {@code ./portal up}: the embedded MongoDB-compatible store (on disk), the KRaft
 * Kafka broker and the mail catcher, on the ports of the environment table. Prints one line starting with
 * {@code local-stack ready} when all three listen; stops them cleanly on SIGTERM.
 */
public final class LocalStackMain {

    private LocalStackMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        quietLogging();
        Map<String, String> env = System.getenv();
        Path dataDir = Path.of(env.getOrDefault("PORTAL_DATA_DIR", ".data")).toAbsolutePath();
        long start = System.nanoTime();

        EmbeddedMongo mongo = EmbeddedMongo.start(dataDir.resolve("mongo/portal.h2"), port(env, "PORTAL_MONGO_PORT", 27017));
        EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(dataDir.resolve("kafka"),
                port(env, "PORTAL_KAFKA_PORT", 9092), port(env, "PORTAL_KAFKA_CONTROLLER_PORT", 9093));
        MailCatcher mail = MailCatcher.start(port(env, "PORTAL_SMTP_PORT", 2525), port(env, "PORTAL_MAIL_HTTP_PORT", 8025));

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("local-stack stopping");
            closeQuietly(mail);
            closeQuietly(kafka);
            closeQuietly(mongo);
            System.out.println("local-stack stopped");
            stopped.countDown();
        }, "local-stack-shutdown"));

        System.out.printf("local-stack ready in %.1f s: mongodb://127.0.0.1:%d kafka=%s smtp=127.0.0.1:%d mail=%s data=%s%n",
                (System.nanoTime() - start) / 1e9, mongo.port(), kafka.bootstrapServers(), mail.smtpPort(),
                mail.httpUrl(), dataDir);
        stopped.await();
    }

    static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, was: " + value, e);
        }
    }

    /** slf4j-simple at WARN for the broker's chatter; our own lines go to stdout. */
    private static void quietLogging() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.setProperty("org.slf4j.simpleLogger.showDateTime", "true");
        System.setProperty("org.slf4j.simpleLogger.dateTimeFormat", "yyyy-MM-dd'T'HH:mm:ss.SSSZ");
        System.setProperty("org.slf4j.simpleLogger.logFile", "System.out");
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            System.out.println("local-stack: error while stopping " + closeable.getClass().getSimpleName() + ": " + e);
        }
    }
}
