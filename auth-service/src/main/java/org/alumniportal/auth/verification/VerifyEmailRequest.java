package org.alumniportal.auth.verification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/** The address and the 6-digit code mailed to it. */
record VerifyEmailRequest(
        @NotBlank @Email String email,
        @NotBlank @Pattern(regexp = "\\s*\\d{6}\\s*", message = "must be the 6-digit code from the mail") String code) {

    @Override
    public String toString() {
        return "VerifyEmailRequest[code=******]";
    }
}
