package org.alumniportal.auth.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alumniportal.auth.AuthIntegrationTest;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.events.EventSamples;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.user.ApiKeyRevoked;
import org.alumniportal.platform.test.TestJwts;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ApiKeyIT extends AuthIntegrationTest {

    private static final String ADMIN = TestJwts.user("admin-keys").roles("ADMIN").bearer();
    private static final String RESOLVE = "/api/internal/api-keys/resolve";
    private static final Map<String, String> GATEWAY = Map.of("X-Portal-Internal-Token", "dev-portal-internal-token");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MongoTemplate mongo;

    private Api.Response issue(String organisation, List<String> scopes) {
        return api.post("/api/admin/api-keys", Map.of("organisation", organisation, "description", "ATS sync",
                "scopes", scopes), ADMIN);
    }

    @Test
    void anAdminIssuesAKeyThatIsShownOnceAndStoredOnlyAsAHash() {
        Api.Response issued = issue("Acme Recruiting", List.of("jobs:write", "jobs:read"));

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        String apiKey = issued.json().path("apiKey").asString();
        JsonNode key = issued.json().path("key");
        String id = key.path("id").asString();
        String clientId = key.path("clientId").asString();
        assertThat(clientId).startsWith("apikey-acme-recruiting-");
        assertThat(apiKey).startsWith("apk_" + clientId + ".");
        assertThat(key.path("scopes").toString()).isEqualTo("[\"jobs:read\",\"jobs:write\"]");
        assertThat(key.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(key.path("createdBy").asString()).isEqualTo("admin-keys");
        String secret = apiKey.substring(apiKey.lastIndexOf('.') + 1);
        assertThat(keycloak.clientExists(clientId)).as("the key has its Keycloak client").isTrue();

        Document stored = mongo.getCollection("api_keys").find(new Document("_id", id)).first();
        assertThat(stored).isNotNull();
        assertThat(stored.getString("keyHash")).isEqualTo(ApiKeySecrets.hashOf(apiKey));
        assertThat(stored.toJson()).doesNotContain(secret);

        Api.Response list = api.get("/api/admin/api-keys?size=500", ADMIN);
        Api.Response one = api.get("/api/admin/api-keys/" + id, ADMIN);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("size").asInt()).isEqualTo(100);
        assertThat(list.json().path("items").findValuesAsString("id")).contains(id);
        assertThat(list.body()).doesNotContain(secret).doesNotContain(stored.getString("keyHash"));
        assertThat(one.json().path("organisation").asString()).isEqualTo("Acme Recruiting");
        assertThat(one.body()).doesNotContain(secret).doesNotContain("apiKey");
    }

    @Test
    void theKeysSecretCannotBeTradedAtKeycloakForAFullRecruiterToken() {
        Api.Response issued = issue("Trader Inc", List.of("jobs:read"));
        String apiKey = issued.json().path("apiKey").asString();
        String clientId = issued.json().path("key").path("clientId").asString();
        String keySecret = apiKey.substring(apiKey.lastIndexOf('.') + 1);

        assertThat(keycloak.clientCredentials(clientId, keySecret))
                .as("the client credentials grant with the key's own secret, as its holder would try it").isEmpty();

        Api.Response resolved = api.postWithHeaders(RESOLVE, Map.of("apiKey", apiKey), GATEWAY);
        String clientSecret = resolved.json().path("clientSecret").asString();
        assertThat(clientSecret).isNotBlank().isNotEqualTo(keySecret);
        assertThat(keycloak.clientCredentials(clientId, clientSecret))
                .as("only the gateway, told the client's secret by the internal resolve, gets a token")
                .contains(PortalRole.RECRUITER);
        assertThat(issued.body()).doesNotContain(clientSecret);
    }

    @Test
    void anIssuedKeyCountsAsAnApprovedRecruiterAndIsAudited() {
        Api.Response issued = issue("Approved Inc", List.of("jobs:write"));
        String keyId = issued.json().path("key").path("id").asString();

        assertThat(events(Topics.ADMIN, keyId, "admin.action.v1", 1).get(0).value()).contains("api-key.issued");
        String serviceAccount = mongo.getCollection("api_keys").find(new Document("_id", keyId)).first()
                .getString("serviceAccountId");
        assertThat(events(Topics.USER, serviceAccount, "user.status-changed.v1", 1).get(0).value())
                .contains("\"newStatus\":\"ACTIVE\"");
    }

    @Test
    void onlyAdminsManageKeys() {
        String recruiter = TestJwts.user("recruiter-1").roles("RECRUITER").bearer();

        Api.Response create = api.post("/api/admin/api-keys",
                Map.of("organisation", "Sneaky", "scopes", List.of("jobs:write")), recruiter);

        assertThat(create.status()).isEqualTo(403);
        assertThat(create.problemType()).isEqualTo("forbidden");
        assertThat(api.get("/api/admin/api-keys", recruiter).status()).isEqualTo(403);
        assertThat(api.delete("/api/admin/api-keys/whatever", recruiter).status()).isEqualTo(403);
        assertThat(api.get("/api/admin/api-keys", null).status()).isEqualTo(401);
        assertThat(keycloak.calls()).doesNotContain("createServiceClient");
    }

    @Test
    void unknownScopesAndPastExpiryAreRefused() {
        Api.Response badScope = issue("Acme", List.of("profiles:read"));
        Api.Response noScope = issue("Acme", List.of());
        Api.Response past = api.post("/api/admin/api-keys", Map.of("organisation", "Acme", "scopes",
                List.of("jobs:read"), "expiresAt", Instant.now().minusSeconds(60).toString()), ADMIN);

        assertThat(badScope.status()).isEqualTo(400);
        assertThat(badScope.problemType()).isEqualTo("validation");
        assertThat(noScope.status()).isEqualTo(400);
        assertThat(past.status()).isEqualTo(400);
        assertThat(keycloak.calls()).doesNotContain("createServiceClient");
    }

    @Test
    void aKeyIsNotStoredWhenKeycloakCannotCreateItsClient() {
        keycloak.failNext("createServiceClient");
        long before = mongo.getCollection("api_keys").countDocuments();

        Api.Response issued = issue("Down Ltd", List.of("jobs:read"));

        assertThat(issued.status()).isEqualTo(503);
        assertThat(mongo.getCollection("api_keys").countDocuments()).isEqualTo(before);
    }

    @Test
    void theGatewayResolvesAValidKeyOnlyWithTheInternalToken() {
        Api.Response issued = issue("Globex", List.of("applications:read"));
        String apiKey = issued.json().path("apiKey").asString();

        Api.Response resolved = api.postWithHeaders(RESOLVE, Map.of("apiKey", apiKey), GATEWAY);
        Api.Response noToken = api.post(RESOLVE, Map.of("apiKey", apiKey));
        Api.Response wrongToken = api.postWithHeaders(RESOLVE, Map.of("apiKey", apiKey), Map.of("X-Portal-Internal-Token", "guess"));
        Api.Response unknown = api.postWithHeaders(RESOLVE, Map.of("apiKey", apiKey + "x"), GATEWAY);

        assertThat(resolved.status()).as(resolved.body()).isEqualTo(200);
        assertThat(resolved.json().path("keyId").asString()).isEqualTo(issued.json().path("key").path("id").asString());
        assertThat(resolved.json().path("organisation").asString()).isEqualTo("Globex");
        assertThat(resolved.json().path("scopes").toString()).isEqualTo("[\"applications:read\"]");
        assertThat(noToken.status()).isEqualTo(403);
        assertThat(wrongToken.status()).isEqualTo(403);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.problemType()).isEqualTo("invalid-api-key");
        assertThat(api.get("/api/admin/api-keys/" + resolved.json().path("keyId").asString(), ADMIN).json()
                .path("lastUsedAt").isNull()).as("the use is recorded").isFalse();
    }

    @Test
    void anExpiredKeyNoLongerResolves() {
        Api.Response issued = api.post("/api/admin/api-keys", Map.of("organisation", "Initech", "scopes",
                List.of("jobs:read"), "expiresAt", clock.instant().plus(Duration.ofHours(1)).toString()), ADMIN);
        String apiKey = issued.json().path("apiKey").asString();
        assertThat(api.postWithHeaders(RESOLVE, Map.of("apiKey", apiKey), GATEWAY).status()).isEqualTo(200);

        clock.advance(Duration.ofHours(1).plusSeconds(1));

        assertThat(api.postWithHeaders(RESOLVE, Map.of("apiKey", apiKey), GATEWAY).status()).isEqualTo(404);
        assertThat(api.get("/api/admin/api-keys/" + issued.json().path("key").path("id").asString(), ADMIN).json()
                .path("status").asString()).isEqualTo("EXPIRED");
    }

    @Test
    void aRevokedKeyIsRefusedAtOnceItsClientDeletedAndTheGatewaysTold() {
        Api.Response issued = issue("Umbrella", List.of("jobs:write"));
        String apiKey = issued.json().path("apiKey").asString();
        String id = issued.json().path("key").path("id").asString();
        String clientId = issued.json().path("key").path("clientId").asString();

        Api.Response revoked = api.delete("/api/admin/api-keys/" + id, ADMIN);

        assertThat(revoked.status()).as(revoked.body()).isEqualTo(200);
        assertThat(revoked.json().path("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.json().path("revokedBy").asString()).isEqualTo("admin-keys");
        assertThat(api.postWithHeaders(RESOLVE, Map.of("apiKey", apiKey), GATEWAY).status()).isEqualTo(404);
        assertThat(keycloak.clientExists(clientId)).isFalse();
        JsonNode event = JSON.readTree(events(Topics.SESSION, id, ApiKeyRevoked.TYPE, 1).get(0).value());
        JsonNode data = event.path("data");
        assertThat(data.path("keyId").asString()).isEqualTo(id);
        assertThat(data.path("clientId").asString()).isEqualTo(clientId);
        assertThat(data.path("organisation").asString()).isEqualTo("Umbrella");
        assertThat(data.path("revokedBy").asString()).isEqualTo("admin-keys");
        Set<String> sampleFields = new HashSet<>(EventSamples.read(JSON, ApiKeyRevoked.class).data().propertyNames());
        assertThat(new HashSet<>(data.propertyNames())).isEqualTo(sampleFields);

        assertThat(api.delete("/api/admin/api-keys/" + id, ADMIN).status()).as("revoking again is harmless")
                .isEqualTo(200);
        assertThat(api.delete("/api/admin/api-keys/nope", ADMIN).status()).isEqualTo(404);
    }
}
