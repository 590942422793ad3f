package org.alumniportal.auth.password;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;

class PasswordPolicyTest {

    @Test
    void aLongMixedPasswordWithADigitPasses() {
        assertThat(PasswordPolicy.violations("Analytical#Engine1843", "ada@example.edu")).isEmpty();
    }

    @Test
    void everyBrokenRuleIsReportedAtOnce() {
        assertThat(PasswordPolicy.violations("abc", null)).containsExactly(
                "must be at least 8 characters long", "must contain a digit", "must contain an upper-case letter");
        assertThat(PasswordPolicy.violations("ABCDEFGH1", null)).containsExactly("must contain a lower-case letter");
        assertThat(PasswordPolicy.violations("abcdefgh1", null)).containsExactly("must contain an upper-case letter");
        assertThat(PasswordPolicy.violations("Abcdefghi", null)).containsExactly("must contain a digit");
    }

    @Test
    void sevenCharactersAreTooShortAndEightAreEnough() {
        assertThat(PasswordPolicy.violations("Abcde12", null)).containsExactly("must be at least 8 characters long");
        assertThat(PasswordPolicy.violations("Abcdef12", null)).isEmpty();
    }

    @Test
    void aPasswordMustNotContainTheAddressInAnyCase() {
        assertThat(PasswordPolicy.violations("X1" + "ADA@example.EDU", "ada@example.edu"))
                .containsExactly("must not contain the e-mail address");
    }

    @Test
    void overlyLongPasswordsAreRefused() {
        assertThat(PasswordPolicy.violations("Aa1" + "x".repeat(200), null))
                .containsExactly("must be at most 128 characters long");
    }

    record Form(@StrongPassword String password) {
    }

    @Test
    void theAnnotationGivesOneFieldErrorPerBrokenRule() {
        try (var factory = Validation.buildDefaultValidatorFactory()) {
            Validator validator = factory.getValidator();
            Set<ConstraintViolation<Form>> violations = validator.validate(new Form("short"));
            assertThat(violations).extracting(v -> v.getPropertyPath().toString()).containsOnly("password");
            assertThat(violations).extracting(ConstraintViolation::getMessage).containsExactlyInAnyOrder(
                    "must be at least 8 characters long", "must contain a digit", "must contain an upper-case letter");
            assertThat(validator.validate(new Form(null))).as("presence is @NotBlank's job").isEmpty();
        }
    }
}
