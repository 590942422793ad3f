package org.alumniportal.auth.login;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** E-mail and password; deliberately no format checks beyond presence, so that nothing hints at accounts. */
record LoginRequest(@NotBlank @Size(max = 254) String email, @NotBlank @Size(max = 256) String password) {

    @Override
    public String toString() {
        return "LoginRequest[***]";
    }
}
