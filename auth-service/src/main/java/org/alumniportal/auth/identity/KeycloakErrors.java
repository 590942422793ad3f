package org.alumniportal.auth.identity;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.ws.rs.core.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns a Keycloak refusal into the port's exceptions. Keycloak names password-policy violations
 * {@code invalidPassword…Message} and explains them in {@code error_description} ("Invalid password: must
 * contain at least 1 upper case characters."), which is shown to the user.
 */
final class KeycloakErrors {

    private static final Logger log = LoggerFactory.getLogger(KeycloakErrors.class);

    private final JsonMapper json;

    KeycloakErrors(JsonMapper json) {
        this.json = json;
    }

    RuntimeException rejected(String what, int status, String body) {
        JsonNode error = parse(body);
        String code = error.path("error").asString("");
        if (status == 400 && code.startsWith("invalidPassword")) {
            String description = error.path("error_description").asString("The password does not meet the policy");
            return new PasswordRejectedException(description.replaceFirst("^Invalid password: ", ""));
        }
        log.error("Keycloak refused to {}: {} {}", what, status, code);
        return new IdentityProviderUnavailableException("Keycloak refused to " + what + ": " + status + " " + code,
                null);
    }

    String body(Response response) {
        try {
            return response.hasEntity() ? response.readEntity(String.class) : "";
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private JsonNode parse(String body) {
        try {
            return json.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (JacksonException notJson) {
            return json.createObjectNode();
        }
    }
}
