package org.alumniportal.auth.registration;

import org.alumniportal.auth.password.StrongPassword;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A self-registration. {@code role} is a string, not the enum, so that {@code ADMIN} or an unknown role is a
 * field error rather than unreadable JSON. The full name excludes the characters Keycloak refuses in names.
 */
record RegisterRequest(
        @NotBlank @Email(regexp = ".+@[^@]+\\.[^@]+", message = "must be a well-formed e-mail address")
        @Size(max = 254) String email,
        @NotBlank @StrongPassword String password,
        @NotBlank @Size(max = 200)
        @Pattern(regexp = "[^<>&\"$%!#?§;*~/\\\\|^=\\[\\]{}()\\p{Cntrl}]*",
                message = "must not contain any of < > & \" $ % ! # ? § ; * ~ / \\ | ^ = [ ] { } ( )")
        String fullName,
        @NotNull @Schema(allowableValues = {"STUDENT", "ALUMNI", "RECRUITER"})
        @Pattern(regexp = "STUDENT|ALUMNI|RECRUITER", message = "must be one of STUDENT, ALUMNI, RECRUITER")
        String role) {

    @Override
    public String toString() {
        return "RegisterRequest[role=" + role + "]";
    }
}
