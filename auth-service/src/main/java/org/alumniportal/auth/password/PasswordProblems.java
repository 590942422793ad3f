package org.alumniportal.auth.password;

import java.util.List;

import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.http.HttpStatus;

/** Password problems in the same shape as Bean Validation's: type {@code validation} with field errors. */
public final class PasswordProblems {

    private PasswordProblems() {
    }

    public static PortalException rejected(String field, List<String> messages) {
        return new PortalException(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request",
                "Some fields are invalid.")
                .with("errors", messages.stream().map(m -> new Problems.FieldError(field, m)).toList());
    }

    static PortalException invalidToken() {
        return new PortalException(HttpStatus.BAD_REQUEST, "reset-token-invalid", "Invalid reset token",
                "This reset token is unknown, used or expired; request a new one.");
    }
}
