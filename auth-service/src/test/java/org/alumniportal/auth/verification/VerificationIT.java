package org.alumniportal.auth.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.alumniportal.auth.AuthIntegrationTest;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.events.Topics;
import org.junit.jupiter.api.Test;

class VerificationIT extends AuthIntegrationTest {

    private Api.Response verify(String email, String code) {
        return api.post("/api/auth/verify-email", Map.of("email", email, "code", code));
    }

    private static String wrong(String code) {
        return code.equals("000000") ? "111111" : "000000";
    }

    @Test
    void registerReadTheMailVerifyAndLogIn() {
        String email = uniqueEmail("ada");
        String userId = register(email, "ALUMNI").json().path("userId").asString();

        Api.Response refused = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(refused.status()).as("not verified yet").isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("email-not-verified");
        assertThat(refused.json().path("detail").asString()).contains("Verify your e-mail address");

        Api.Response verified = verify(email, codeMailedTo(email));
        assertThat(verified.status()).as(verified.body()).isEqualTo(200);
        assertThat(verified.json().path("email").asString()).isEqualTo(email);
        assertThat(verified.json().path("emailVerified").asBoolean()).isTrue();

        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).as(login.body()).isEqualTo(200);
        assertThat(login.json().path("access_token").asString()).isNotBlank();
        assertThat(login.json().path("refresh_token").asString()).isNotBlank();
        assertThat(login.json().path("token_type").asString()).isEqualTo("Bearer");
        assertThat(login.json().path("expires_in").asInt()).isEqualTo(300);
        assertThat(login.json().has("refresh_expires_in")).isTrue();

        assertThat(events(Topics.USER, userId, "user.verified.v1", 1)).hasSize(1);
    }

    @Test
    void aWrongCodeTellsTheAttemptsLeftAndTheSixthTryIsLockedEvenWithTheRightCode() {
        String email = uniqueEmail("grace");
        register(email, "STUDENT");
        String code = codeMailedTo(email);

        Api.Response first = verify(email, wrong(code));
        assertThat(first.status()).isEqualTo(400);
        assertThat(first.problemType()).isEqualTo("otp-invalid");
        assertThat(first.json().path("attemptsLeft").asInt()).isEqualTo(4);
        for (int i = 0; i < 4; i++) {
            verify(email, wrong(code));
        }

        Api.Response sixth = verify(email, code);
        assertThat(sixth.status()).isEqualTo(400);
        assertThat(sixth.problemType()).isEqualTo("otp-locked");
        assertThat(api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(403);
    }

    @Test
    void aCodeIsUsableOnceAndExpiresAfterTenMinutes() {
        String once = uniqueEmail("once");
        register(once, "STUDENT");
        String code = codeMailedTo(once);
        assertThat(verify(once, code).status()).isEqualTo(200);
        assertThat(verify(once, code).problemType()).isEqualTo("otp-invalid");

        String late = uniqueEmail("late");
        register(late, "STUDENT");
        String lateCode = codeMailedTo(late);
        clock.advance(Duration.ofMinutes(10).plusSeconds(1));
        Api.Response expired = verify(late, lateCode);
        assertThat(expired.status()).isEqualTo(400);
        assertThat(expired.problemType()).isEqualTo("otp-expired");
    }

    @Test
    void resendingWithinSixtySecondsIs429WithRetryAfterAndLaterMailsANewCode() {
        String email = uniqueEmail("resend");
        register(email, "RECRUITER");
        String first = codeMailedTo(email);

        Api.Response tooSoon = api.post("/api/auth/resend-verification", Map.of("email", email));
        assertThat(tooSoon.status()).isEqualTo(429);
        assertThat(tooSoon.problemType()).isEqualTo("otp-cooldown");
        assertThat(Integer.parseInt(tooSoon.header("Retry-After"))).isBetween(1, 60);

        clock.advance(Duration.ofSeconds(61));
        Api.Response resent = api.post("/api/auth/resend-verification", Map.of("email", email));
        assertThat(resent.status()).isEqualTo(202);
        String second = codeIn(awaitMail(email, m -> !codeIn(m).equals(first) || mailsTo(email).size() > 1));

        if (!second.equals(first)) {
            assertThat(verify(email, first).problemType()).as("the old code stopped working").isEqualTo("otp-invalid");
        }
        assertThat(verify(email, second).status()).isEqualTo(200);
    }

    @Test
    void resendAnswersUnknownAndVerifiedAddressesExactlyLikeARealOne() {
        String pending = uniqueEmail("pending");
        register(pending, "STUDENT");
        String verified = uniqueEmail("verified");
        register(verified, "STUDENT");
        verify(verified, codeMailedTo(verified));
        clock.advance(Duration.ofSeconds(61));

        Api.Response real = api.post("/api/auth/resend-verification", Map.of("email", pending));
        Api.Response done = api.post("/api/auth/resend-verification", Map.of("email", verified));
        Api.Response unknown = api.post("/api/auth/resend-verification", Map.of("email", uniqueEmail("nobody")));

        assertThat(real.status()).isEqualTo(202);
        assertThat(done.status()).isEqualTo(202);
        assertThat(unknown.status()).isEqualTo(202);
        assertThat(done.body()).isEqualTo(real.body()).isEqualTo(unknown.body());
        awaitMail(pending, m -> mailsTo(pending).size() == 2);
        assertThat(mailsTo(verified)).as("no new code for a verified address").hasSize(1);
    }

    @Test
    void aMalformedCodeIsAFieldError() {
        Api.Response refused = verify(uniqueEmail("x"), "12ab");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("code");
    }
}
