package org.alumniportal.gateway.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.alumniportal.gateway.support.StubService;
import org.alumniportal.gateway.support.TestIssuer;
import org.alumniportal.localstack.kafka.EmbeddedKafkaBroker;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.user.ApiKeyRevoked;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.test.web.reactive.server.WebTestClient;

import tools.jackson.databind.json.JsonMapper;

/**
 * Third-party API keys at the gateway: auth-service's resolve endpoint and the job and profile services are
 * stubs, Keycloak's token endpoint is the test issuer's (which signs what the gateway's decoder checks), and
 * revocation events travel on the embedded Kafka broker.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@DirtiesContext
@ActiveProfiles("local")
class ApiKeyGatewayIT {

    private static final String INTERNAL_TOKEN = "it-internal-token";
    private static final String PROBLEMS = "https://alumni-portal.dev/problems/";
    private static final EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.startTemporary();
    private static final TestIssuer keycloak = TestIssuer.start();
    private static final StubService auth = StubService.start("auth-service");
    private static final StubService jobs = StubService.start("job-service");
    private static final StubService profiles = StubService.start("profile-service");
    /** The keys auth-service would resolve, by the whole key. */
    private static final Map<String, String> valid = new ConcurrentHashMap<>();

    static {
        auth.answer("/api/internal/api-keys/resolve", request -> {
            if (!INTERNAL_TOKEN.equals(request.header("X-Portal-Internal-Token"))) {
                return new StubService.Reply(403, "{\"type\":\"" + PROBLEMS + "forbidden\"}");
            }
            return valid.entrySet().stream().filter(e -> request.body().contains("\"" + e.getKey() + "\""))
                    .findFirst().map(e -> new StubService.Reply(200, e.getValue()))
                    .orElse(new StubService.Reply(404, "{\"type\":\"" + PROBLEMS + "invalid-api-key\"}"));
        });
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.issuer-uri", keycloak::issuer);
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("eureka.client.enabled", () -> "false");
        for (StubService stub : List.of(auth, jobs, profiles)) {
            registry.add("spring.cloud.discovery.client.simple.instances." + stub.name() + "[0].uri", stub::uri);
        }
        registry.add("portal.gateway.api-keys.internal-token", () -> INTERNAL_TOKEN);
        registry.add("portal.gateway.rate-limit.api-key-per-minute", () -> "5");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Infrastructure {

        @Bean
        DisposableBean stopInfrastructure() {
            return () -> {
                List.of(auth, jobs, profiles).forEach(StubService::close);
                keycloak.close();
                kafka.close();
            };
        }
    }

    private record Key(String id, String clientId, String organisation, String apiKey) {
    }

    @Value("${local.server.port}")
    int port;

    @Autowired
    JsonMapper json;

    WebTestClient gateway;

    @BeforeEach
    void client() {
        gateway = WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(60)).build();
    }

    /** A key as admin issued it: known to auth-service and with a client at Keycloak. */
    private Key issue(String organisation, String... scopes) {
        String id = UUID.randomUUID().toString();
        String clientId = "apikey-" + id.substring(0, 8);
        String secret = UUID.randomUUID().toString().replace("-", "");
        Key key = new Key(id, clientId, organisation, "apk_" + clientId + "." + secret);
        // The client's secret is not the key's: only auth-service's resolve answer tells the gateway.
        String clientSecret = "client-" + UUID.randomUUID();
        keycloak.registerClient(clientId, clientSecret, "service-account-" + id.substring(0, 8), "RECRUITER");
        valid.put(key.apiKey(), json.writeValueAsString(Map.of("keyId", id, "clientId", clientId,
                "organisation", organisation, "scopes", List.of(scopes), "clientSecret", clientSecret)));
        return key;
    }

    private WebTestClient.ResponseSpec call(String method, String path, Key key) {
        var request = gateway.method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .header(ApiKeyFilter.HEADER, key.apiKey());
        return method.equals("GET") ? request.exchange()
                : request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange();
    }

    @Test
    void aKeyWithJobsWriteReachesTheJobServiceAsAnOrdinaryBearerToken() {
        Key key = issue("Acme Recruiting", "jobs:write");

        call("POST", "/api/jobs", key).expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("job-service");
        int grantsAfterFirst = keycloak.grants();
        call("PUT", "/api/jobs/j1", key).expectStatus().isOk();

        StubService.Received received = jobs.lastReceived();
        assertThat(received.path()).isEqualTo("/api/jobs/j1");
        assertThat(received.header("Authorization")).startsWith("Bearer ey");
        assertThat(received.header(ApiKeyFilter.HEADER)).as("the key is not passed on to the service").isNull();
        assertThat(keycloak.grants()).as("the token is cached, not minted per request").isEqualTo(grantsAfterFirst);
        assertThat(auth.lastReceived("/api/internal/api-keys/resolve").header("X-Portal-Internal-Token"))
                .isEqualTo(INTERNAL_TOKEN);
    }

    @Test
    void theSameKeyIsRefusedOutsideItsScopes() {
        Key key = issue("Acme Recruiting", "jobs:write");
        StubService.Received lastProfileCall = profiles.lastReceived();

        call("GET", "/api/profiles/me", key).expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "api-key-scope");
        call("POST", "/api/jobs/j1/apply", key).expectStatus().isForbidden();
        call("GET", "/api/jobs/j1/applications", key).expectStatus().isForbidden()
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("applications:read"));
        call("GET", "/api/admin/api-keys", key).expectStatus().isForbidden();

        assertThat(profiles.lastReceived()).isEqualTo(lastProfileCall);
    }

    @Test
    void readAndApplicationScopesOpenOnlyTheirEndpoints() {
        Key reader = issue("Globex", "jobs:read", "applications:read");
        Key pipeline = issue("Globex", "applications:write");

        call("GET", "/api/jobs", reader).expectStatus().isOk();
        call("GET", "/api/jobs/j1/applications", reader).expectStatus().isOk();
        call("GET", "/api/recruiter/analytics", reader).expectStatus().isOk();
        call("POST", "/api/jobs", reader).expectStatus().isForbidden();
        call("PUT", "/api/applications/a1/status", pipeline).expectStatus().isOk();
        call("GET", "/api/applications/a1", pipeline).expectStatus().isForbidden();
    }

    @Test
    void anUnknownOrMalformedKeyIsUnauthorized() {
        Key unknown = new Key("x", "apikey-nobody", "Nobody", "apk_apikey-nobody.wrongsecret");

        call("GET", "/api/jobs", unknown).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-api-key");
        gateway.get().uri("/api/jobs").header(ApiKeyFilter.HEADER, "hello").exchange()
                .expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-api-key");
    }

    @Test
    void aKeyRevokedAtAuthServiceIsRefusedOnTheNextRequest() {
        Key key = issue("Initech", "jobs:read");
        call("GET", "/api/jobs", key).expectStatus().isOk();

        valid.remove(key.apiKey());

        call("GET", "/api/jobs", key).expectStatus().isUnauthorized()
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-api-key");
    }

    @Test
    void afterAnApiKeyRevokedEventTheKeyIsRefusedEvenWithACachedToken() throws Exception {
        Key key = issue("Umbrella", "jobs:read");
        call("GET", "/api/jobs", key).expectStatus().isOk();

        publish(new ApiKeyRevoked(key.id(), key.clientId(), key.organisation(), "admin-1"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                call("GET", "/api/jobs", key).expectStatus().isUnauthorized()
                        .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "invalid-api-key"));
    }

    @Test
    void aKeyWhoseKeycloakClientIsGoneIsRefused() {
        Key key = issue("Hooli", "jobs:read");
        keycloak.deleteClient(key.clientId());

        call("GET", "/api/jobs", key).expectStatus().isUnauthorized();
    }

    @Test
    void eachKeyHasItsOwnRateLimit() {
        Key busy = issue("Busy Corp", "jobs:read");
        Key calm = issue("Calm Corp", "jobs:read");

        for (int i = 0; i < 5; i++) {
            call("GET", "/api/jobs", busy).expectStatus().isOk();
        }
        call("GET", "/api/jobs", busy).expectStatus().isEqualTo(429)
                .expectHeader().exists(HttpHeaders.RETRY_AFTER)
                .expectBody().jsonPath("$.type").isEqualTo(PROBLEMS + "rate-limited");
        call("GET", "/api/jobs", calm).expectStatus().isOk();
    }

    private void publish(ApiKeyRevoked revoked) throws Exception {
        EventEnvelope envelope = EventEnvelope.of("auth-service", revoked.keyId(), revoked, json.valueToTree(revoked));
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers());
        props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(props)) {
            producer.send(new ProducerRecord<>(Topics.SESSION, envelope.subject(), json.writeValueAsString(envelope))).get();
        }
    }
}
