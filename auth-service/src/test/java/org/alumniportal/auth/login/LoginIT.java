package org.alumniportal.auth.login;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.verify;

import java.util.Map;

import org.alumniportal.auth.AuthIntegrationTest;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class LoginIT extends AuthIntegrationTest {

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSame401() {
        String email = uniqueEmail("ada");
        verifiedUser(email, PortalRole.ALUMNI);

        Api.Response wrong = api.post("/api/auth/login", Map.of("email", email, "password", "Wrong#Pass123"));
        Api.Response unknown = api.post("/api/auth/login",
                Map.of("email", uniqueEmail("nobody"), "password", "Wrong#Pass123"));

        assertThat(wrong.status()).isEqualTo(401);
        assertThat(unknown.status()).isEqualTo(401);
        assertThat(wrong.problemType()).isEqualTo("invalid-credentials");
        for (String member : new String[] {"type", "title", "detail", "status"}) {
            assertThat(wrong.json().path(member)).isEqualTo(unknown.json().path(member));
        }
    }

    @Test
    void aRefreshTokenGivesNewTokensAndAnInvalidOneIs401() {
        String email = uniqueEmail("ada");
        verifiedUser(email, PortalRole.ALUMNI);
        String refresh = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD)).json()
                .path("refresh_token").asString();

        Api.Response renewed = api.post("/api/auth/refresh", Map.of("refreshToken", refresh));
        Api.Response bad = api.post("/api/auth/refresh", Map.of("refreshToken", "not-a-token"));

        assertThat(renewed.status()).isEqualTo(200);
        assertThat(renewed.json().path("access_token").asString()).isNotBlank();
        assertThat(bad.status()).isEqualTo(401);
        assertThat(bad.problemType()).isEqualTo("invalid-refresh-token");
    }

    @Test
    void logoutEndsTheTokensSessionAndAnnouncesTheRevocation() {
        String userId = verifiedUser(uniqueEmail("ada"), PortalRole.ALUMNI);
        String sessionId = "session-" + userId;

        Api.Response out = api.post("/api/auth/logout", null,
                TestJwts.user(userId).roles("ALUMNI").sessionId(sessionId).bearer());

        assertThat(out.status()).isEqualTo(204);
        verify(identity).endSession(sessionId);
        String event = events(Topics.SESSION, userId, "session.revoked.v1", 1).get(0).value();
        var data = JsonMapper.builder().build().readTree(event).path("data");
        assertThat(data.path("sessionId").asString()).isEqualTo(sessionId);
        assertThat(data.path("reason").asString()).isEqualTo("logout");
        assertThat(data.path("notBefore").isNull()).isTrue();
    }

    @Test
    void logoutNeedsAToken() {
        Api.Response anonymous = api.post("/api/auth/logout", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
    }
}
