package org.alumniportal.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/**
 * {@code ./portal} itself, on the infrastructure JVM only (the rest of the suite is the e2e module's job): a
 * private data folder and free ports, so it never touches a developer's running stack.
 */
class PortalScriptIT {

    private static final Path ROOT = Path.of(System.getProperty("portal.root", "../..")).toAbsolutePath().normalize();

    @TempDir
    Path dataDir;
    private final Map<String, String> env = new LinkedHashMap<>();

    @BeforeEach
    void privatePortsAndDataFolder() {
        for (String variable : List.of("PORTAL_GATEWAY_PORT", "PORTAL_DISCOVERY_PORT", "PORTAL_KEYCLOAK_PORT",
                "PORTAL_MONGO_PORT", "PORTAL_KAFKA_PORT", "PORTAL_KAFKA_CONTROLLER_PORT", "PORTAL_SMTP_PORT",
                "PORTAL_MAIL_HTTP_PORT")) {
            env.put(variable, Integer.toString(FreePorts.next()));
        }
        env.put("PORTAL_DATA_DIR", dataDir.toString());
    }

    @AfterEach
    void down() {
        portal("down");
    }

    @Test
    void upStartsTheInfrastructureAndASecondUpAfterDownKeepsMongoAndKafkaData() throws Exception {
        Result up = portal("up", "infra");
        assertThat(up.exit()).as(up.output()).isZero();
        assertThat(up.output()).contains("healthy in").contains("http://127.0.0.1:" + env.get("PORTAL_MAIL_HTTP_PORT"));
        long pid = recordedPid("infra");
        assertThat(ProcessHandle.of(pid)).hasValueSatisfying(handle -> assertThat(handle.isAlive()).isTrue());

        try (MongoClient mongo = MongoClients.create(mongoUri())) {
            mongo.getDatabase("profile").getCollection("profiles").insertOne(new Document("_id", "u1").append("name", "Ada"));
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka(), ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>("portal.user", "u1", "{\"type\":\"user.registered.v1\"}")).get();
        }

        Result again = portal("up", "infra");
        assertThat(again.exit()).isZero();
        assertThat(again.output()).contains("already running");
        assertThat(portal("status").output()).containsPattern("infra +" + pid + " .* UP");

        Result down = portal("down");
        assertThat(down.exit()).as(down.output()).isZero();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(dataDir.resolve("run/infra.pid")).doesNotExist();
        Result downAgain = portal("down");
        assertThat(downAgain.exit()).isZero();
        assertThat(downAgain.output()).contains("nothing is running");

        Result upAgain = portal("up", "infra");
        assertThat(upAgain.exit()).as(upAgain.output()).isZero();
        try (MongoClient mongo = MongoClients.create(mongoUri())) {
            Document ada = mongo.getDatabase("profile").getCollection("profiles").find(new Document("_id", "u1")).first();
            assertThat(ada).isNotNull();
            assertThat(ada.getString("name")).isEqualTo("Ada");
        }
        assertThat(readTopic("portal.user")).containsExactly("{\"type\":\"user.registered.v1\"}");
    }

    @Test
    void aPortTakenByAnotherProcessFailsUpNamingThePortAndItsVariable() throws IOException {
        int mailPort = Integer.parseInt(env.get("PORTAL_MAIL_HTTP_PORT"));
        try (ServerSocket squatter = new ServerSocket(mailPort, 1, InetAddress.getLoopbackAddress())) {
            Result up = portal("up", "infra");

            assertThat(up.exit()).isNotZero();
            assertThat(up.output()).contains("port " + mailPort).contains("PORTAL_MAIL_HTTP_PORT");
            assertThat(dataDir.resolve("run/infra.pid")).doesNotExist();
        }
    }

    @Test
    void aComponentThatDiesFailsUpWithItsLogTailAndLeavesNothingRunning() {
        env.put("PORTAL_INFRA_JAVA_OPTS", "-Xmx2m");

        Result up = portal("up", "infra");

        assertThat(up.exit()).isNotZero();
        assertThat(up.output()).contains("infra exited before it was healthy").contains("Error occurred during initialization of VM");
        assertThat(dataDir.resolve("run/infra.pid")).doesNotExist();
    }

    private String mongoUri() {
        return "mongodb://127.0.0.1:" + env.get("PORTAL_MONGO_PORT");
    }

    private String kafka() {
        return "127.0.0.1:" + env.get("PORTAL_KAFKA_PORT");
    }

    private List<String> readTopic(String topic) {
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka(), ConsumerConfig.GROUP_ID_CONFIG, "portal-script-it", ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
        }
        return values;
    }

    private long recordedPid(String name) throws IOException {
        return Long.parseLong(Files.readString(dataDir.resolve("run/" + name + ".pid")).trim());
    }

    private Result portal(String... args) {
        List<String> command = new ArrayList<>(List.of(ROOT.resolve("portal").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(ROOT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        try {
            Process process = builder.start();
            process.getOutputStream().close();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(5, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("./portal " + String.join(" ", args) + " did not finish");
            }
            String text = new String(output, StandardCharsets.UTF_8);
            System.out.println("$ ./portal " + String.join(" ", args) + "\n" + text);
            return new Result(process.exitValue(), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private record Result(int exit, String output) {
    }
}
