package org.alumniportal.auth.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.alumniportal.auth.AuthIntegrationTest;
import org.alumniportal.platform.test.Api;
import org.alumniportal.localstack.mail.CaughtMail;
import org.alumniportal.platform.events.Topics;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RegistrationIT extends AuthIntegrationTest {

    @Test
    void registeringCreatesTheAccountMailsASixDigitCodeAndAnnouncesTheUser() {
        String email = uniqueEmail("ada");

        Api.Response created = register(email, "ALUMNI");

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String userId = created.json().path("userId").asString();
        assertThat(created.json().path("email").asString()).isEqualTo(email);
        assertThat(created.json().path("fullName").asString()).isEqualTo("Ada Lovelace");
        assertThat(created.json().path("role").asString()).isEqualTo("ALUMNI");
        assertThat(created.json().path("emailVerified").asBoolean(true)).isFalse();

        CaughtMail mail = awaitMail(email, m -> true);
        assertThat(mail.subject()).isEqualTo("Your Alumni Portal verification code");
        assertThat(mail.from()).isEqualTo("no-reply@alumni-portal.local");
        assertThat(codeIn(mail)).matches("\\d{6}");

        String event = events(Topics.USER, userId, "user.registered.v1", 1).get(0).value();
        JsonNode envelope = JsonMapper.builder().build().readTree(event);
        assertThat(envelope.path("source").asString()).isEqualTo("auth-service");
        assertThat(envelope.path("subject").asString()).isEqualTo(userId);
        assertThat(envelope.path("data").path("email").asString()).isEqualTo(email);
        assertThat(envelope.path("data").path("role").asString()).isEqualTo("ALUMNI");
    }

    @Test
    void aSecondRegistrationOfTheSameAddressIs409EmailTaken() {
        String email = uniqueEmail("twice");
        assertThat(register(email, "STUDENT").status()).isEqualTo(201);

        Api.Response again = register(email.toUpperCase(), "RECRUITER");

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.json().path("type").asString()).isEqualTo("https://alumni-portal.dev/problems/email-taken");
    }

    @Test
    void badAddressWeakPasswordBlankNameAndAdminRoleAreFieldErrors() {
        Api.Response refused = api.post("/api/auth/register",
                Map.of("email", "not-an-address", "password", "weak", "fullName", " ", "role", "ADMIN"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemType()).isEqualTo("validation");
        assertThat(refused.json().path("errors").findValuesAsString("field"))
                .contains("email", "password", "fullName", "role");
        assertThat(refused.body()).contains("must contain a digit", "must be one of STUDENT, ALUMNI, RECRUITER");
        assertThat(keycloak.calls()).as("nothing reaches Keycloak").isEmpty();
    }

    @Test
    void anUnknownRoleIsAFieldErrorToo() {
        Api.Response refused = register(uniqueEmail("wizard"), "WIZARD");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").findValuesAsString("field")).containsExactly("role");
    }

    @Test
    void aPasswordContainingTheAddressIsAFieldError() {
        String email = uniqueEmail("ada");
        Api.Response refused = api.post("/api/auth/register",
                Map.of("email", email, "password", "Xy1" + email, "fullName", "Ada", "role", "STUDENT"));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("password");
        assertThat(refused.json().path("errors").get(0).path("message").asString())
                .isEqualTo("must not contain the e-mail address");
    }

    @Test
    void whenKeycloakFailsHalfWayTheAccountIsRemovedAndNoMailIsSent() {
        String email = uniqueEmail("halfway");
        keycloak.failNext("assignRole");

        Api.Response failed = register(email, "STUDENT");

        assertThat(failed.status()).isEqualTo(503);
        assertThat(failed.problemType()).isEqualTo("identity-unavailable");
        assertThat(keycloak.exists(email)).isFalse();
        assertThat(register(email, "STUDENT").status()).as("a retry starts clean").isEqualTo(201);
        assertThat(mailsTo(email)).hasSizeLessThanOrEqualTo(1);
    }
}
