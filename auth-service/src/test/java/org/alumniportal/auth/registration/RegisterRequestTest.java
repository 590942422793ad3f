package org.alumniportal.auth.registration;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;

class RegisterRequestTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private final Validator validator = FACTORY.getValidator();

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    private Map<String, String> errors(RegisterRequest request) {
        return validator.validate(request).stream().collect(Collectors.toMap(v -> v.getPropertyPath().toString(),
                ConstraintViolation::getMessage, (a, b) -> a + "; " + b));
    }

    @Test
    void aGoodRequestHasNoErrors() {
        assertThat(errors(new RegisterRequest("ada@example.edu", "Analytical#Engine1843", "Ada Lovelace", "ALUMNI")))
                .isEmpty();
    }

    @Test
    void adminAndUnknownRolesAreFieldErrors() {
        assertThat(errors(new RegisterRequest("ada@example.edu", "Analytical#Engine1843", "Ada", "ADMIN")))
                .containsOnlyKeys("role");
        assertThat(errors(new RegisterRequest("ada@example.edu", "Analytical#Engine1843", "Ada", "WIZARD")))
                .containsEntry("role", "must be one of STUDENT, ALUMNI, RECRUITER");
        assertThat(errors(new RegisterRequest("ada@example.edu", "Analytical#Engine1843", "Ada", null)))
                .containsOnlyKeys("role");
    }

    @Test
    void badAddressWeakPasswordAndBlankNameAreAllReported() {
        assertThat(errors(new RegisterRequest("not-an-address", "weak", "  ", "STUDENT")))
                .containsOnlyKeys("email", "password", "fullName");
        assertThat(errors(new RegisterRequest("ada@localhost", "Analytical#Engine1843", "Ada", "STUDENT")))
                .containsOnlyKeys("email");
    }

    @Test
    void namesWithCharactersKeycloakRefusesAreFieldErrors() {
        assertThat(errors(new RegisterRequest("ada@example.edu", "Analytical#Engine1843", "<script>", "STUDENT")))
                .containsOnlyKeys("fullName");
        assertThat(errors(new RegisterRequest("ada@example.edu", "Analytical#Engine1843", "Zoë O'Brien-Núñez, Jr.",
                "STUDENT"))).isEmpty();
    }
}
