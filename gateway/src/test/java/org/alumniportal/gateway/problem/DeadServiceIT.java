package org.alumniportal.gateway.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import org.alumniportal.gateway.support.StubService;
import org.alumniportal.gateway.support.TestIssuer;
import org.alumniportal.localstack.kafka.EmbeddedKafkaBroker;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * A service instance that died: its port refuses connections, or (a pooled connection to a process just killed)
 * the connection closes before any answer. Safe requests move on to a live instance; the rest is a 503 problem
 * from the first request on, never a 500.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ActiveProfiles("local")
class DeadServiceIT {

    private static final EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.startTemporary();
    private static final TestIssuer keycloak = TestIssuer.start();
    private static final StubService liveJobs = StubService.start("job-service");
    private static final ClosingService dyingJobs = ClosingService.start();
    private static final ClosingService dyingProfiles = ClosingService.start();
    private static final int refusedPort = freePort();

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak::issuer);
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("eureka.client.enabled", () -> "false");
        String instances = "spring.cloud.discovery.client.simple.instances.";
        registry.add(instances + "job-service[0].uri", dyingJobs::uri);
        registry.add(instances + "job-service[1].uri", liveJobs::uri);
        registry.add(instances + "profile-service[0].uri", dyingProfiles::uri);
        registry.add(instances + "mentorship-service[0].uri", () -> "http://127.0.0.1:" + refusedPort);
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Infrastructure {

        @Bean
        DisposableBean stopInfrastructure() {
            return () -> {
                liveJobs.close();
                dyingJobs.close();
                dyingProfiles.close();
                keycloak.close();
                kafka.close();
            };
        }
    }

    @Value("${local.server.port}")
    int port;

    WebTestClient gateway;
    String bearer;

    @BeforeEach
    void client() {
        gateway = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(90)).build();
        bearer = keycloak.login("user-dead-service", "ALUMNI").bearer();
    }

    @Test
    void aSafeRequestToAnInstanceThatDiedIsAnsweredByTheLiveOne() {
        for (int i = 0; i < 6; i++) {
            gateway.get().uri("/api/jobs/j-" + i).header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                    .expectStatus().isOk()
                    .expectBody().jsonPath("$.service").isEqualTo("job-service");
        }
        assertThat(dyingJobs.connections()).as("the dead instance was tried").isPositive();
    }

    @Test
    void anUnsafeRequestToAnInstanceThatDiedIsA503ProblemAndIsNotSentTwice() {
        int before = dyingProfiles.connections();

        gateway.post().uri("/api/profiles").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"Ada\"}").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://alumni-portal.dev/problems/service-unavailable");

        assertThat(dyingProfiles.connections() - before).isEqualTo(1);
    }

    @Test
    void aServiceWithOnlyDeadInstancesIsA503ProblemFromTheFirstRequest() {
        gateway.get().uri("/api/profiles/me").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.type").isEqualTo("https://alumni-portal.dev/problems/service-unavailable");
        gateway.get().uri("/api/mentors").header(HttpHeaders.AUTHORIZATION, bearer).exchange()
                .expectStatus().isEqualTo(503)
                .expectBody().jsonPath("$.type").isEqualTo("https://alumni-portal.dev/problems/service-unavailable");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Accepts a connection, reads the request head and closes without answering, as a killed process does. */
    static final class ClosingService implements AutoCloseable {

        private final ServerSocket server;
        private final AtomicInteger connections = new AtomicInteger();

        private ClosingService(ServerSocket server) {
            this.server = server;
        }

        static ClosingService start() {
            try {
                ClosingService service = new ClosingService(
                        new ServerSocket(0, 50, InetAddress.getLoopbackAddress()));
                Thread acceptor = new Thread(service::serve, "closing-service");
                acceptor.setDaemon(true);
                acceptor.start();
                return service;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private void serve() {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    connections.incrementAndGet();
                    InputStream in = socket.getInputStream();
                    int matched = 0;
                    byte[] end = {'\r', '\n', '\r', '\n'};
                    int read;
                    while (matched < end.length && (read = in.read()) != -1) {
                        matched = read == end[matched] ? matched + 1 : (read == '\r' ? 1 : 0);
                    }
                } catch (IOException e) {
                    // closed: the test is over
                }
            }
        }

        int connections() {
            return connections.get();
        }

        String uri() {
            return "http://127.0.0.1:" + server.getLocalPort();
        }

        @Override
        public void close() {
            try {
                server.close();
            } catch (IOException e) {
                // already closed
            }
        }
    }
}
