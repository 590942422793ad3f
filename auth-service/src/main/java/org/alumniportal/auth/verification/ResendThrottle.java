package org.alumniportal.auth.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * When a code was last requested for an address, kept for every address asked about (known or not), so the
 * cooldown answers alike for all of them and reveals nothing. The id is the SHA-256 of the address: the
 * addresses of strangers are not stored.
 */
@Document("otp_resend_throttle")
class ResendThrottle {

    @Id
    private String addressHash;
    private Instant lastRequestAt;

    ResendThrottle() {
    }

    ResendThrottle(String addressHash, Instant lastRequestAt) {
        this.addressHash = addressHash;
        this.lastRequestAt = lastRequestAt;
    }

    static String idOf(String email) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(email.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    String addressHash() {
        return addressHash;
    }

    /** Zero when a new code may be requested now, else how long to wait. */
    Duration remaining(Instant now, Duration cooldown) {
        Duration left = Duration.between(now, lastRequestAt.plus(cooldown));
        return left.isNegative() ? Duration.ZERO : left;
    }
}
