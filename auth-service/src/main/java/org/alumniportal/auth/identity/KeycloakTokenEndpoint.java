package org.alumniportal.auth.identity;

import java.net.http.HttpClient;
import java.util.Base64;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The realm's token endpoint, spoken to directly over HTTP: the admin client has no API for a user's own
 * password and refresh grants. Keycloak answers a refused grant with 400/401 {@code invalid_grant} (wrong
 * password, unknown user, brute-force lock, disabled account, dead refresh token alike).
 */
final class KeycloakTokenEndpoint {

    private static final Logger log = LoggerFactory.getLogger(KeycloakTokenEndpoint.class);

    private final KeycloakProperties properties;
    private final RestClient http;
    private final JsonMapper json;

    /** Its own RestClient: Boot 4 offers a RestClient.Builder bean only with spring-boot-restclient. */
    KeycloakTokenEndpoint(KeycloakProperties properties, JsonMapper json) {
        this.properties = properties;
        this.json = json;
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.http = RestClient.builder().requestFactory(requests).build();
    }

    TokenGrant password(String username, String password) {
        MultiValueMap<String, String> form = clientForm("password");
        form.add("username", username);
        form.add("password", password);
        return grant(form);
    }

    TokenGrant refresh(String refreshToken) {
        MultiValueMap<String, String> form = clientForm("refresh_token");
        form.add("refresh_token", refreshToken);
        return grant(form);
    }

    private MultiValueMap<String, String> clientForm(String grantType) {
        MultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("grant_type", grantType);
        form.add("client_id", properties.clientId());
        form.add("client_secret", properties.clientSecret());
        return form;
    }

    private TokenGrant grant(MultiValueMap<String, String> form) {
        String body;
        int status;
        try {
            Exchange exchange = http.post().uri(properties.tokenEndpoint())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.APPLICATION_JSON)
                    .body(form)
                    .exchange((request, response) -> new Exchange(response.getStatusCode().value(),
                            new String(response.getBody().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
            status = exchange.status();
            body = exchange.body();
        } catch (ResourceAccessException e) {
            throw new IdentityProviderUnavailableException("Keycloak token endpoint unreachable", e);
        }
        if (status == 200) {
            return toGrant(body);
        }
        String error = errorCode(body);
        if ((status == 400 || status == 401) && "invalid_grant".equals(error)) {
            throw new InvalidCredentialsException(errorDescription(body));
        }
        // invalid_client or unauthorized_client mean our own configuration is wrong, not the user's input.
        log.error("Keycloak token endpoint answered {} {}", status, error);
        throw new IdentityProviderUnavailableException("Keycloak token endpoint answered " + status + " " + error,
                null);
    }

    private TokenGrant toGrant(String body) {
        KeycloakTokens tokens = json.readValue(body, KeycloakTokens.class);
        JsonNode claims = claimsOf(tokens.accessToken());
        String sessionId = claims.path("sid").asString(null);
        if (sessionId == null) {
            sessionId = tokens.sessionState();
        }
        TokenResponse response = new TokenResponse(tokens.accessToken(), tokens.refreshToken(), tokens.expiresIn(),
                tokens.refreshExpiresIn(), tokens.tokenType());
        return new TokenGrant(response, claims.path("sub").asString(null), sessionId,
                claims.path("email_verified").asBoolean(false));
    }

    /** The token comes straight from Keycloak over our own connection, so reading its payload is enough here. */
    private JsonNode claimsOf(String accessToken) {
        String[] parts = accessToken.split("\\.");
        if (parts.length < 2) {
            throw new IdentityProviderUnavailableException("Keycloak issued an access token that is not a JWT", null);
        }
        return json.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    private String errorCode(String body) {
        return field(body, "error");
    }

    private String errorDescription(String body) {
        String description = field(body, "error_description");
        return description == null ? "grant refused" : description;
    }

    private String field(String body, String name) {
        try {
            return json.readTree(body).path(name).asString(null);
        } catch (JacksonException | IllegalArgumentException notJson) {
            return null;
        }
    }

    private record Exchange(int status, String body) {
    }

    private record KeycloakTokens(
            @JsonProperty("access_token") String accessToken,
            @JsonProperty("refresh_token") String refreshToken,
            @JsonProperty("expires_in") long expiresIn,
            @JsonProperty("refresh_expires_in") long refreshExpiresIn,
            @JsonProperty("token_type") String tokenType,
            @JsonProperty("session_state") String sessionState) {
    }
}
