package org.alumniportal.gateway.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.alumniportal.gateway.support.StubService;
import org.alumniportal.gateway.support.TestIssuer;
import org.alumniportal.localstack.kafka.EmbeddedKafkaBroker;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
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
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * auth-service stops answering the gateway's API-key resolve (a stub that holds every request): keyed requests
 * are a 503 {@code service-unavailable} problem, within the resolve timeout at first and at once when the
 * circuit breaker has opened, and pass again once auth-service answers.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ActiveProfiles("local")
class ApiKeyResolveBreakerIT {

    private static final String INTERNAL_TOKEN = "it-internal-token";
    private static final String RESOLVE = "/api/internal/api-keys/resolve";
    private static final String SERVICE_UNAVAILABLE = "https://alumni-portal.dev/problems/service-unavailable";
    private static final Duration RESOLVE_TIMEOUT = Duration.ofSeconds(5);
    private static final EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.startTemporary();
    private static final TestIssuer keycloak = TestIssuer.start();
    private static final StubService auth = StubService.start("auth-service");
    private static final StubService jobs = StubService.start("job-service");
    /** While set, auth-service holds each resolve until it is counted down: a hung process. */
    private static final AtomicReference<CountDownLatch> hung = new AtomicReference<>();
    private static final AtomicReference<String> resolved = new AtomicReference<>();

    static {
        auth.answer(RESOLVE, request -> {
            CountDownLatch gate = hung.get();
            if (gate != null) {
                try {
                    gate.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new StubService.Reply(200, resolved.get());
        });
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak::issuer);
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("eureka.client.enabled", () -> "false");
        for (StubService stub : List.of(auth, jobs)) {
            registry.add("spring.cloud.discovery.client.simple.instances." + stub.name() + "[0].uri", stub::uri);
        }
        registry.add("portal.gateway.api-keys.internal-token", () -> INTERNAL_TOKEN);
        // Before the breaker, this was the resolve call's only limit; both are the same here.
        registry.add("portal.gateway.api-keys.timeout", RESOLVE_TIMEOUT::toString);
        registry.add("portal.gateway.api-keys.resolve-breaker.timeout", RESOLVE_TIMEOUT::toString);
        registry.add("portal.gateway.api-keys.resolve-breaker.sliding-window-size", () -> "2");
        registry.add("portal.gateway.api-keys.resolve-breaker.minimum-number-of-calls", () -> "2");
        registry.add("portal.gateway.api-keys.resolve-breaker.wait-in-open-state", () -> "2s");
        registry.add("portal.gateway.api-keys.resolve-breaker.calls-in-half-open-state", () -> "1");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Infrastructure {

        @Bean
        DisposableBean stopInfrastructure() {
            return () -> {
                CountDownLatch gate = hung.getAndSet(null);
                if (gate != null) {
                    gate.countDown();
                }
                List.of(auth, jobs).forEach(StubService::close);
                keycloak.close();
                kafka.close();
            };
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    JsonMapper json;

    @Test
    void aHungAuthServiceMakesKeyedRequestsA503QuicklyUntilItAnswersAgain() {
        WebTestClient gateway = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(60)).build();
        String apiKey = issue();
        // A cold gateway's first keyed request may outlast the resolve timeout on a loaded machine: warm it up.
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() ->
                gateway.get().uri("/api/jobs").header(ApiKeyFilter.HEADER, apiKey).exchange().expectStatus().isOk());

        CountDownLatch gate = new CountDownLatch(1);
        hung.set(gate);
        List<Duration> answeredIn = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            long started = System.nanoTime();
            EntityExchangeResult<byte[]> result = gateway.get().uri("/api/jobs/j-" + i)
                    .header(ApiKeyFilter.HEADER, apiKey).exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                    .expectBody().jsonPath("$.type").isEqualTo(SERVICE_UNAVAILABLE)
                    .returnResult();
            answeredIn.add(Duration.ofNanos(System.nanoTime() - started));
            assertThat(result.getResponseBody()).isNotEmpty();
        }
        assertThat(answeredIn.get(0)).as("the first call waits for the resolve timeout, not forever")
                .isLessThan(RESOLVE_TIMEOUT.plusSeconds(5));
        assertThat(answeredIn.subList(3, 5)).as("once the breaker is open, no request waits for auth-service: %s",
                answeredIn).allSatisfy(took -> assertThat(took).isLessThan(RESOLVE_TIMEOUT.dividedBy(2)));
        assertThat(jobs.lastReceived().path()).as("nothing reached the job service meanwhile").isEqualTo("/api/jobs");

        hung.set(null);
        gate.countDown();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).untilAsserted(() ->
                gateway.get().uri("/api/jobs/after").header(ApiKeyFilter.HEADER, apiKey).exchange()
                        .expectStatus().isOk()
                        .expectBody().jsonPath("$.service").isEqualTo("job-service"));
    }

    /** A key auth-service resolves, with its client at Keycloak. */
    private String issue() {
        String clientId = "apikey-breaker";
        String clientSecret = "client-secret-breaker";
        keycloak.registerClient(clientId, clientSecret, "service-account-breaker", "RECRUITER");
        resolved.set(json.writeValueAsString(Map.of("keyId", "key-breaker", "clientId", clientId,
                "organisation", "Breaker Ltd", "scopes", List.of("jobs:read"), "clientSecret", clientSecret)));
        return "apk_" + clientId + ".keysecret";
    }
}
