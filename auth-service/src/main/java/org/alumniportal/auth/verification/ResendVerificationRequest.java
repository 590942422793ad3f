package org.alumniportal.auth.verification;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** The address to send a new code to. */
record ResendVerificationRequest(@NotBlank @Email String email) {
}
