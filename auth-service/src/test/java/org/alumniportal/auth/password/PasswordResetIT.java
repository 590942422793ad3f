package org.alumniportal.auth.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.alumniportal.auth.AuthIntegrationTest;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.platform.test.Api;
import org.alumniportal.localstack.mail.CaughtMail;
import org.alumniportal.platform.events.Topics;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class PasswordResetIT extends AuthIntegrationTest {

    private static final String NEW_PASSWORD = "Difference#Engine1822";

    @Test
    void forgotPasswordAnswersKnownAndUnknownAddressesAlikeAndMailsOnlyTheKnownOne() {
        String known = uniqueEmail("ada");
        verifiedUser(known, PortalRole.ALUMNI);
        String unknown = uniqueEmail("nobody");

        Api.Response forKnown = api.post("/api/auth/forgot-password", Map.of("email", known));
        Api.Response forUnknown = api.post("/api/auth/forgot-password", Map.of("email", unknown));

        assertThat(forKnown.status()).isEqualTo(202);
        assertThat(forUnknown.status()).isEqualTo(202);
        assertThat(forKnown.body()).isEqualTo(forUnknown.body());
        CaughtMail mail = awaitMail(known, m -> m.subject().contains("Reset"));
        assertThat(mail.text()).contains("http://portal.test/reset-password?token=" + resetTokenIn(mail));
        assertThat(mailsTo(unknown)).isEmpty();
    }

    @Test
    void theMailedTokenSetsANewPasswordOnceAndEndsEverySession() {
        String email = uniqueEmail("ada");
        String userId = verifiedUser(email, PortalRole.ALUMNI);
        String refresh = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD)).json()
                .path("refresh_token").asString();
        String oldSession = keycloak.sessionIds(userId).get(0);
        api.post("/api/auth/forgot-password", Map.of("email", email));
        String token = resetTokenIn(awaitMail(email, m -> m.subject().contains("Reset")));

        Api.Response weak = api.post("/api/auth/reset-password", Map.of("token", token, "newPassword", "weakpass"));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().path("errors").findValuesAsString("field")).containsOnly("newPassword");

        Api.Response reset = api.post("/api/auth/reset-password", Map.of("token", token, "newPassword", NEW_PASSWORD));
        assertThat(reset.status()).as(reset.body()).isEqualTo(204);

        assertThat(api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/login", Map.of("email", email, "password", NEW_PASSWORD)).status()).isEqualTo(200);
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", refresh)).status())
                .as("the session from before the reset is gone").isEqualTo(401);

        Api.Response reused = api.post("/api/auth/reset-password", Map.of("token", token, "newPassword", "Third#Try2026"));
        assertThat(reused.status()).isEqualTo(400);
        assertThat(reused.problemType()).isEqualTo("reset-token-invalid");

        JsonMapper json = JsonMapper.builder().build();
        var revocations = events(Topics.SESSION, userId, "session.revoked.v1", 2).stream()
                .map(r -> json.readTree(r.value()).path("data")).toList();
        assertThat(revocations).allSatisfy(data -> assertThat(data.path("reason").asString()).isEqualTo("password-reset"));
        assertThat(revocations).anySatisfy(data -> {
            assertThat(data.path("notBefore").asString()).isNotBlank();
            assertThat(data.path("sessionId").isNull()).isTrue();
        });
        assertThat(revocations).as("the old session is revoked by id, whatever second its tokens carry")
                .anySatisfy(data -> assertThat(data.path("sessionId").asString()).isEqualTo(oldSession));
    }

    @Test
    void anUnknownTokenIsRefused() {
        Api.Response refused = api.post("/api/auth/reset-password",
                Map.of("token", "f".repeat(64), "newPassword", NEW_PASSWORD));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemType()).isEqualTo("reset-token-invalid");
    }
}
