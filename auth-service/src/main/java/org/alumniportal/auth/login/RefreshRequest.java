package org.alumniportal.auth.login;

import jakarta.validation.constraints.NotBlank;

/** The refresh token of an earlier token response. */
record RefreshRequest(@NotBlank String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[***]";
    }
}
