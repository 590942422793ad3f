package org.alumniportal.localstack.keycloak;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A real Keycloak from the Maven Central distribution with the portal's realm, as auth-service uses it. */
class KeycloakServerIT {

    private static final String SECRET = "secret-from-the-environment";
    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void theRealmLetsThePortalApiManageUsersAndIssuesTokensWithTheClaimsServicesRead(@TempDir Path dataDir)
            throws Exception {
        List<ProcessHandle> started;
        try (KeycloakServer keycloak = KeycloakServer.start(dataDir, 0,
                Map.of("PORTAL_KEYCLOAK_CLIENT_SECRET", SECRET))) {
            started = ProcessHandle.of(keycloak.pid()).stream()
                    .flatMap(handle -> Stream.concat(Stream.of(handle), handle.descendants())).toList();
            String admin = token(keycloak, Map.of("grant_type", "client_credentials", "client_id", "portal-api",
                    "client_secret", SECRET)).path("access_token").asString();

            HttpResponse<String> created = send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/alumni/users"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"email":"ada@example.edu","firstName":"Ada","lastName":"Lovelace","enabled":true,
                             "emailVerified":true,"credentials":[{"type":"password","value":"Analytical#Engine1843","temporary":false}]}
                            """)).build());
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String userUrl = created.headers().firstValue("Location").orElseThrow();
            JsonNode alumni = json.readTree(send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/alumni/roles/ALUMNI"))
                    .header("Authorization", "Bearer " + admin).GET().build()).body());
            HttpResponse<String> granted = send(HttpRequest.newBuilder(URI.create(userUrl + "/role-mappings/realm"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("[" + alumni + "]")).build());
            assertThat(granted.statusCode()).isEqualTo(204);

            JsonNode tokens = passwordGrant(keycloak);
            assertThat(tokens.path("expires_in").asInt()).isEqualTo(300);
            assertThat(tokens.path("refresh_token").asString()).isNotBlank();
            JsonNode claims = claims(tokens.path("access_token").asString());
            assertThat(claims.path("iss").asString()).isEqualTo(keycloak.issuerUri());
            assertThat(claims.path("sid").asString()).isNotBlank();
            assertThat(claims.path("email").asString()).isEqualTo("ada@example.edu");
            assertThat(claims.path("email_verified").asBoolean()).isTrue();
            assertThat(claims.path("name").asString()).isEqualTo("Ada Lovelace");
            assertThat(claims.path("realm_access").path("roles").values()).extracting(JsonNode::asString).contains("ALUMNI");

            HttpResponse<String> weak = send(HttpRequest.newBuilder(URI.create(keycloak.baseUrl() + "/admin/realms/alumni/users"))
                    .header("Authorization", "Bearer " + admin).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("""
                            {"email":"bob@example.edu","enabled":true,"credentials":[{"type":"password","value":"password","temporary":false}]}
                            """)).build());
            assertThat(weak.statusCode()).as("the realm's password policy refuses a weak password").isEqualTo(400);
        }
        // kc.sh either stays as the parent of Keycloak's JVM or (after a first-start build) execs into it.
        assertThat(started).isNotEmpty().noneMatch(ProcessHandle::isAlive);

        try (KeycloakServer restarted = KeycloakServer.start(dataDir, 0, Map.of("PORTAL_KEYCLOAK_CLIENT_SECRET", SECRET))) {
            assertThat(claims(passwordGrant(restarted).path("access_token").asString()).path("email").asString())
                    .as("a restart on the same data folder keeps the users").isEqualTo("ada@example.edu");
        }
    }

    private JsonNode passwordGrant(KeycloakServer keycloak) throws Exception {
        return token(keycloak, Map.of("grant_type", "password", "client_id", "portal-api", "client_secret", SECRET,
                "username", "ada@example.edu", "password", "Analytical#Engine1843"));
    }

    private JsonNode token(KeycloakServer keycloak, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpResponse<String> response = send(HttpRequest.newBuilder(
                        URI.create(keycloak.issuerUri() + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json.readTree(response.body());
    }

    private JsonNode claims(String jwt) {
        return json.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
