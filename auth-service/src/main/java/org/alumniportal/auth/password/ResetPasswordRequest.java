package org.alumniportal.auth.password;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The mailed token and the new password. */
record ResetPasswordRequest(
        @NotBlank @Size(max = 200) String token,
        @NotBlank @StrongPassword String newPassword) {

    @Override
    public String toString() {
        return "ResetPasswordRequest[***]";
    }
}
