package org.alumniportal.auth.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class KeycloakErrorsTest {

    private final KeycloakErrors errors = new KeycloakErrors(JsonMapper.builder().build());

    @Test
    void aPolicyRefusalBecomesAPasswordRejectionWithKeycloaksReason() {
        RuntimeException mapped = errors.rejected("reset password", 400, """
                {"error":"invalidPasswordMinUpperCaseCharsMessage",
                 "error_description":"Invalid password: must contain at least 1 upper case characters."}""");
        assertThat(mapped).isInstanceOf(PasswordRejectedException.class)
                .hasMessage("must contain at least 1 upper case characters.");
    }

    @Test
    void anyOtherRefusalMeansTheProviderCannotServeTheRequest() {
        assertThat(errors.rejected("create user", 400, "{\"error\":\"error-person-name-invalid-character\"}"))
                .isInstanceOf(IdentityProviderUnavailableException.class);
        assertThat(errors.rejected("create user", 500, "<html>oops</html>"))
                .isInstanceOf(IdentityProviderUnavailableException.class);
    }
}
