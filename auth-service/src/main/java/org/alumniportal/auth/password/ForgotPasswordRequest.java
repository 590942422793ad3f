package org.alumniportal.auth.password;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;

/** The address to mail a reset token to (if it has an account). */
record ForgotPasswordRequest(@NotBlank @Email String email) {
}
