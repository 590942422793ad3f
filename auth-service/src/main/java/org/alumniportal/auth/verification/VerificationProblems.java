package org.alumniportal.auth.verification;

import java.time.Duration;

import org.alumniportal.platform.web.PortalException;
import org.springframework.http.HttpStatus;

/** The problem documents of e-mail verification; clients branch on their slugs. */
final class VerificationProblems {

    private VerificationProblems() {
    }

    static PortalException invalid(int attemptsLeft) {
        String detail = attemptsLeft > 0
                ? "The code is wrong; " + attemptsLeft + (attemptsLeft == 1 ? " attempt" : " attempts") + " left."
                : "The code is wrong and no attempts are left; request a new code.";
        return new PortalException(HttpStatus.BAD_REQUEST, "otp-invalid", "Wrong verification code", detail)
                .with("attemptsLeft", attemptsLeft);
    }

    static PortalException noLiveCode() {
        return new PortalException(HttpStatus.BAD_REQUEST, "otp-invalid", "Wrong verification code",
                "There is no valid code for this address; request a new one.").with("attemptsLeft", 0);
    }

    static PortalException locked() {
        return new PortalException(HttpStatus.BAD_REQUEST, "otp-locked", "Verification code locked",
                "Too many wrong codes were entered; this code no longer works. Request a new code.");
    }

    static PortalException expired() {
        return new PortalException(HttpStatus.BAD_REQUEST, "otp-expired", "Verification code expired",
                "The code has expired; request a new one.");
    }

    static PortalException busy() {
        return new PortalException(HttpStatus.CONFLICT, "otp-busy", "Verification in progress",
                "Several codes for this address are being checked at once; try again.");
    }

    static OtpCooldownException cooldown(Duration wait) {
        return new OtpCooldownException(Math.max(1, (wait.toMillis() + 999) / 1000));
    }
}
