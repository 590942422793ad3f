package org.alumniportal.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;

import org.alumniportal.gateway.support.StubService;
import org.alumniportal.gateway.support.TestIssuer;
import org.alumniportal.localstack.kafka.EmbeddedKafkaBroker;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.user.SessionRevoked;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.cloud.client.discovery.event.HeartbeatEvent;
import org.springframework.cloud.gateway.event.RefreshRoutesEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import reactor.core.publisher.Flux;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway as a client sees it: a real issuer-uri JWT decoder against a local stand-in for Keycloak's
 * discovery and JWKS, the embedded Kafka broker carrying revocation events, and stub services registered
 * as static discovery instances in place of Eureka.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ActiveProfiles("local")
@ExtendWith(OutputCaptureExtension.class)
class GatewayIT {

    private static final String FRONTEND = "http://localhost:3000";
    private static final List<String> SERVICES = List.of("auth-service", "profile-service", "job-service",
            "mentorship-service", "community-service", "notification-service", "analytics-service");

    private static final EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.startTemporary();
    private static final TestIssuer keycloak = TestIssuer.start();
    private static final Map<String, StubService> stubs = new LinkedHashMap<>();

    static {
        SERVICES.forEach(name -> stubs.put(name, StubService.start(name)));
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak::issuer);
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("eureka.client.enabled", () -> "false");
        stubs.forEach((name, stub) ->
                registry.add("spring.cloud.discovery.client.simple.instances." + name + "[0].uri", stub::uri));
        registry.add("portal.gateway.edge.allowed-origins", () -> FRONTEND);
        registry.add("portal.gateway.edge.max-request-size", () -> "64KB");
        registry.add("portal.gateway.health.services", () -> String.join(",", SERVICES) + ",ghost-service");
    }

    /** Stops the infrastructure when the context closes, after the gateway's Kafka consumer has stopped. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Infrastructure {

        @Bean
        DisposableBean stopInfrastructure() {
            return () -> {
                stubs.values().forEach(StubService::close);
                keycloak.close();
                kafka.close();
            };
        }
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    JsonMapper json;

    @Autowired
    ReactiveJwtDecoder jwtDecoder;

    @Autowired
    ConfigurableApplicationContext context;

    WebTestClient gateway;

    @BeforeEach
    void client() {
        gateway = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(20)).build();
    }

    @Test
    void aRequestWithoutATokenIsRefusedWithAProblem() {
        gateway.get().uri("/api/profiles/me").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectBody().jsonPath("$.type").isEqualTo("https://alumni-portal.dev/problems/unauthorized");
    }

    @Test
    void alumniCardVerificationIsOpenToAnyoneWhoScansACardButTheRestOfTheCardApiIsNot() {
        gateway.get().uri("/api/alumni-card/verify?token=abc").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("profile-service");
        gateway.get().uri("/api/alumni-card/verify/photo?token=abc").exchange().expectStatus().isOk();
        gateway.post().uri("/api/alumni-card/verify").exchange().expectStatus().isOk();
        assertThat(stubs.get("profile-service").lastReceived().header("Authorization")).isNull();

        gateway.get().uri("/api/alumni-card/me").exchange().expectStatus().isUnauthorized();
        gateway.post().uri("/api/alumni-card/generate").exchange().expectStatus().isUnauthorized();
        gateway.delete().uri("/api/alumni-card/verify").exchange().expectStatus().isUnauthorized();
        gateway.get().uri("/api/alumni-card/verify/other").exchange().expectStatus().isUnauthorized();
    }

    @Test
    void aValidTokenIsRoutedWithItsAuthorizationAndWithoutForgedIdentityHeaders() {
        String bearer = keycloak.login("user-routed", "ALUMNI").bearer();

        gateway.get().uri("/api/profiles/me")
                .header(HttpHeaders.AUTHORIZATION, bearer)
                .header("X-User-Id", "someone-else")
                .header("X-User-Roles", "ADMIN")
                .exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("profile-service");

        StubService.Received received = stubs.get("profile-service").lastReceived();
        assertThat(received.path()).isEqualTo("/api/profiles/me");
        assertThat(received.header("Authorization")).isEqualTo(bearer);
        assertThat(received.header("X-User-Id")).isNull();
        assertThat(received.header("X-User-Roles")).isNull();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "/api/auth/me, auth-service",
            "/api/admin/users/u1/suspend, auth-service",
            "/api/profiles/search, profile-service",
            "/api/admin/profiles/pending, profile-service",
            "/api/alumni-card/u1, profile-service",
            "/api/matching/alumni-connections, profile-service",
            "/api/recommendations/alumni, profile-service",
            "/api/jobs/j1/applications, job-service",
            "/api/applications/my-applications, job-service",
            "/api/recruiter/analytics, job-service",
            "/api/matching/job-recommendations, job-service",
            "/api/admin/api-keys, auth-service",
            "/api/mentors/m1, mentorship-service",
            "/api/mentorship/requests/received, mentorship-service",
            "/api/matching/mentor-suggestions, mentorship-service",
            "/api/events/my-events, community-service",
            "/api/forum/posts/p1/comments, community-service",
            "/api/capsules/trending, community-service",
            "/api/recommendations/events, community-service",
            "/api/recommendations/posts, community-service",
            "/api/admin/content/flagged, community-service",
            "/api/notifications/unread-count, notification-service",
            "/api/analytics/skills, analytics-service",
            "/api/admin/analytics/overview, analytics-service",
            "/api/admin/reports/monthly, analytics-service",
            "/api/admin/dashboard/metrics, analytics-service",
            "/api/admin/audit-log, analytics-service",
            "/api/admin/settings, analytics-service",
            "/api/engagement/leaderboard, analytics-service",
            "/api/aes/badges, analytics-service",
            "/api/skill-graph/network, analytics-service",
            "/api/career/transitions, analytics-service",
            "/api/heatmap/talent, analytics-service"})
    void everyAreaOfTheSpecReachesItsOwningService(String path, String service) {
        gateway.get().uri(path).header(HttpHeaders.AUTHORIZATION, keycloak.login("user-areas").bearer()).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(service).jsonPath("$.path").isEqualTo(path);
    }

    @Test
    void aPathNoServiceOwnsIsANotFoundProblem() {
        gateway.get().uri("/api/nowhere").header(HttpHeaders.AUTHORIZATION, keycloak.login("user-404").bearer())
                .exchange()
                .expectStatus().isNotFound()
                .expectBody().jsonPath("$.type").isEqualTo("https://alumni-portal.dev/problems/not-found");
    }

    @Test
    void anExpiredTokenIsRefused() {
        String expired = keycloak.login("user-expired").issuedAt(Instant.now().minus(Duration.ofMinutes(10))).bearer();

        gateway.get().uri("/api/profiles/me").header(HttpHeaders.AUTHORIZATION, expired).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://alumni-portal.dev/problems/token-expired");
    }

    @Test
    void aTokenFromAnotherIssuerIsRefused() {
        String foreign = keycloak.login("user-foreign").fromIssuer("http://127.0.0.1:1/realms/other").bearer();

        gateway.get().uri("/api/profiles/me").header(HttpHeaders.AUTHORIZATION, foreign).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://alumni-portal.dev/problems/invalid-token");
    }

    @Test
    void aTokenNotSignedByTheRealmsKeyIsRefused() {
        String forged = keycloak.login("user-forged", "ADMIN").signedBy(keycloak.strangerKey()).bearer();

        gateway.get().uri("/api/profiles/me").header(HttpHeaders.AUTHORIZATION, forged).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://alumni-portal.dev/problems/invalid-token");
    }

    @Test
    void aSessionRevokedByAnEventIsRefusedFromTheNextRequestOn() throws Exception {
        // The first use below puts the token in the decoder's cache: the refusal must come from a remembered token.
        assertThat(jwtDecoder.getClass().getSimpleName()).isEqualTo("CachingJwtDecoder");
        TestIssuer.Token token = keycloak.login("user-event", "STUDENT");
        TestIssuer.Token otherDevice = keycloak.login("user-event", "STUDENT");
        gateway.get().uri("/api/jobs").header(HttpHeaders.AUTHORIZATION, token.bearer()).exchange()
                .expectStatus().isOk();

        publish(new SessionRevoked(token.userId(), token.sessionId(), null, "logout"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                gateway.get().uri("/api/jobs").header(HttpHeaders.AUTHORIZATION, token.bearer()).exchange()
                        .expectStatus().isUnauthorized()
                        .expectBody().jsonPath("$.type").isEqualTo("https://alumni-portal.dev/problems/token-revoked"));
        gateway.get().uri("/api/jobs").header(HttpHeaders.AUTHORIZATION, otherDevice.bearer()).exchange()
                .expectStatus().isOk();
    }

    @Test
    void aPasswordResetEventRefusesEveryTokenIssuedBeforeIt() throws Exception {
        TestIssuer.Token before = keycloak.login("user-reset").issuedAt(Instant.now().minus(Duration.ofMinutes(2)));
        TestIssuer.Token after = keycloak.login("user-reset");

        publish(new SessionRevoked("user-reset", null, Instant.now().minusSeconds(30), "password-reset"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                gateway.get().uri("/api/jobs").header(HttpHeaders.AUTHORIZATION, before.bearer()).exchange()
                        .expectStatus().isUnauthorized());
        gateway.get().uri("/api/jobs").header(HttpHeaders.AUTHORIZATION, after.bearer()).exchange()
                .expectStatus().isOk();
    }

    @Test
    void afterALogoutThroughTheGatewayTheSameTokenIsRefusedAtOnce() {
        TestIssuer.Token token = keycloak.login("user-logout", "ALUMNI");
        TestIssuer.Token otherDevice = keycloak.login("user-logout", "ALUMNI");
        gateway.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, token.bearer()).exchange()
                .expectStatus().isOk();

        gateway.post().uri("/api/auth/logout").header(HttpHeaders.AUTHORIZATION, token.bearer()).exchange()
                .expectStatus().isNoContent();

        gateway.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, token.bearer()).exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo("https://alumni-portal.dev/problems/token-revoked");
        gateway.get().uri("/api/auth/me").header(HttpHeaders.AUTHORIZATION, otherDevice.bearer()).exchange()
                .expectStatus().isOk();
    }

    @Test
    void theEleventhLoginToOneAccountInAMinuteIsRefusedWhileTheCampusAddressGoesOn() {
        for (int i = 1; i <= 10; i++) {
            gateway.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                    .header("X-Forwarded-For", "198.51.100." + i)   // not a trusted proxy: ignored
                    .bodyValue(Map.of("email", "flood@example.edu", "password", "Wrong#Pass123")).exchange()
                    .expectStatus().isOk();
        }
        assertThat(stubs.get("auth-service").lastReceived("/api/auth/login").body())
                .as("the body read for the limit reaches auth-service unchanged").contains("flood@example.edu");

        gateway.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                .header("X-Forwarded-For", "198.51.100.99")
                .bodyValue(Map.of("email", "FLOOD@example.edu", "password", "Wrong#Pass123")).exchange()
                .expectStatus().isEqualTo(HttpStatus.TOO_MANY_REQUESTS)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().value(HttpHeaders.RETRY_AFTER, retryAfter -> assertThat(Integer.parseInt(retryAfter)).isBetween(1, 60))
                .expectBody().jsonPath("$.type").isEqualTo("https://alumni-portal.dev/problems/rate-limited");

        // Everyone else behind the same address (a campus NAT) still logs in.
        for (int i = 1; i <= 15; i++) {
            gateway.post().uri("/api/auth/login").contentType(MediaType.APPLICATION_JSON)
                    .bodyValue(Map.of("email", "student" + i + "@example.edu", "password", "Right#Pass123")).exchange()
                    .expectStatus().isOk();
        }
        gateway.post().uri("/api/auth/register").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("email", "new@example.edu")).exchange()
                .expectStatus().isOk();
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndCorrelationIdsThatReachTheService() {
        gateway.get().uri("/api/notifications").header(HttpHeaders.AUTHORIZATION, keycloak.login("user-headers").bearer())
                .header("X-Request-Id", "client-request-1").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader().value("Content-Security-Policy", csp -> assertThat(csp).contains("frame-ancestors 'none'"))
                .expectHeader().value("Permissions-Policy", policy -> assertThat(policy).contains("camera=()"))
                .expectHeader().doesNotExist("Strict-Transport-Security")
                .expectHeader().valueEquals("X-Request-Id", "client-request-1")
                .expectHeader().value("X-Trace-Id", traceId -> {
                    assertThat(traceId).matches("[0-9a-f]{32}");
                    StubService.Received received = stubs.get("notification-service").lastReceived();
                    assertThat(received.header("X-Request-Id")).isEqualTo("client-request-1");
                    assertThat(received.header("traceparent")).contains(traceId);
                });

        gateway.get().uri("/api/notifications").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().exists("X-Trace-Id")
                .expectHeader().exists("X-Request-Id");
    }

    @Test
    void theGatewaysOwnLogLinesCarryTheTraceOfTheirRequest(CapturedOutput output) {
        // Reactor runs with limited context propagation, so this proves TracedLog restores the trace.
        String traceId = gateway.get().uri("/api/jobs").header("X-API-Key", "not-a-key").exchange()
                .expectStatus().isUnauthorized()
                .returnResult(Void.class).getResponseHeaders().getFirst("X-Trace-Id");
        assertThat(traceId).matches("[0-9a-f]{32}");
        assertThat(output.getOut()).containsPattern(
                "\\[" + traceId + "-[0-9a-f]{16}\\][^\\n]*API key refused: malformed key; GET /api/jobs");
    }

    @Test
    void corsLetsTheFrontendOriginInAndKeepsOthersOut() {
        gateway.options().uri("/api/profiles/me")
                .header(HttpHeaders.ORIGIN, FRONTEND)
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONTEND);

        gateway.options().uri("/api/profiles/me")
                .header(HttpHeaders.ORIGIN, "https://evil.example")
                .header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);

        gateway.get().uri("/api/profiles/me").header(HttpHeaders.ORIGIN, FRONTEND)
                .header(HttpHeaders.AUTHORIZATION, keycloak.login("user-cors").bearer()).exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, FRONTEND)
                .expectHeader().value(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, exposed -> assertThat(exposed).contains("X-Trace-Id"));
    }

    @Test
    void healthAnswersWithoutATokenAndTellsWhichServicesHaveInstances() {
        gateway.get().uri("/api/health").exchange()
                .expectStatus().isOk()
                .expectBody()
                .jsonPath("$.status").isEqualTo("UP")
                .jsonPath("$.services.auth-service").isEqualTo("UP")
                .jsonPath("$.services.analytics-service").isEqualTo("UP")
                .jsonPath("$.services.ghost-service").isEqualTo("DOWN");
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413WhetherItsLengthIsDeclaredOrNot() {
        String bearer = keycloak.login("user-upload").bearer();
        byte[] tooLarge = new byte[65 * 1024];

        gateway.post().uri("/api/profiles/upload-cv").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(tooLarge).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE)
                .expectBody().jsonPath("$.type").isEqualTo("https://alumni-portal.dev/problems/payload-too-large");

        Flux<DataBuffer> chunked = Flux.range(0, 65).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[1024]));
        gateway.post().uri("/api/profiles/upload-cv").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).body(chunked, DataBuffer.class).exchange()
                .expectStatus().isEqualTo(HttpStatus.CONTENT_TOO_LARGE);

        gateway.post().uri("/api/profiles/upload-cv").header(HttpHeaders.AUTHORIZATION, bearer)
                .contentType(MediaType.APPLICATION_OCTET_STREAM).bodyValue(new byte[32 * 1024]).exchange()
                .expectStatus().isOk();
    }

    @Test
    void theSwaggerUiAndEveryServicesOpenApiDocumentAreOpen() {
        gateway.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection();
        gateway.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.urls[?(@.name == 'job-service')].url").isEqualTo("/v3/api-docs/job-service");

        gateway.get().uri("/v3/api-docs/job-service").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.info.title").isEqualTo("job-service");
        assertThat(stubs.get("job-service").lastReceived().path()).isEqualTo("/v3/api-docs");
    }

    @Test
    void eurekaRegistryFetchesDoNotRebuildTheStaticRoutes() {
        List<RefreshRoutesEvent> refreshes = new CopyOnWriteArrayList<>();
        context.addApplicationListener((ApplicationListener<ApplicationEvent>) event -> {
            if (event instanceof RefreshRoutesEvent refresh) {
                refreshes.add(refresh);
            }
        });
        // What the Eureka client publishes after each registry fetch (every 5 s at the gateway).
        context.publishEvent(new HeartbeatEvent(this, 1L));
        context.publishEvent(new HeartbeatEvent(this, 2L));

        assertThat(refreshes).isEmpty();
        gateway.get().uri("/v3/api-docs/job-service").exchange().expectStatus().isOk();
    }

    private void publish(SessionRevoked revoked) throws Exception {
        EventEnvelope envelope = EventEnvelope.of("auth-service", revoked.userId(), revoked, json.valueToTree(revoked));
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(Topics.SESSION, envelope.subject(), json.writeValueAsString(envelope))).get();
        }
    }
}
