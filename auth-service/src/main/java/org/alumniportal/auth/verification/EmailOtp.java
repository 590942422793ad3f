package org.alumniportal.auth.verification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The one live verification code of an address (the id), kept only as its hash. A new code replaces the old
 * one. The rules: it expires, it works once, and after {@code maxAttempts} wrong tries it is locked, so even
 * the right code is refused until a new one is requested. {@code @Version} makes two concurrent tries
 * conflict instead of both counting as the first.
 */
@Document("email_otps")
class EmailOtp {

    enum Outcome { VERIFIED, WRONG_CODE, LOCKED, EXPIRED, ALREADY_USED }

    @Id
    private String email;
    private String userId;
    private String codeHash;
    private Instant issuedAt;
    private Instant expiresAt;
    private int failedAttempts;
    private Instant usedAt;
    @Version
    private Long version;

    EmailOtp() {
    }

    static EmailOtp issue(String email, String userId, String codeHash, Instant now, Duration ttl) {
        EmailOtp otp = new EmailOtp();
        otp.email = email;
        otp.reissue(userId, codeHash, now, ttl);
        return otp;
    }

    /** Replaces the code of this address: the old one stops working, and attempts start from zero. */
    void reissue(String userId, String codeHash, Instant now, Duration ttl) {
        this.userId = userId;
        this.codeHash = codeHash;
        this.issuedAt = now;
        this.expiresAt = now.plus(ttl);
        this.failedAttempts = 0;
        this.usedAt = null;
    }

    /** One try with the hash of the submitted code; a wrong code counts, every other outcome changes nothing. */
    Outcome attempt(String submittedHash, Instant now, int maxAttempts) {
        if (usedAt != null) {
            return Outcome.ALREADY_USED;
        }
        if (failedAttempts >= maxAttempts) {
            return Outcome.LOCKED;
        }
        if (!now.isBefore(expiresAt)) {
            return Outcome.EXPIRED;
        }
        if (!MessageDigest.isEqual(codeHash.getBytes(StandardCharsets.US_ASCII),
                submittedHash.getBytes(StandardCharsets.US_ASCII))) {
            failedAttempts++;
            return Outcome.WRONG_CODE;
        }
        usedAt = now;
        return Outcome.VERIFIED;
    }

    /** Undoes a successful {@link #attempt} when the verification could not be recorded in Keycloak. */
    void release() {
        usedAt = null;
    }

    int attemptsLeft(int maxAttempts) {
        return Math.max(0, maxAttempts - failedAttempts);
    }

    String email() {
        return email;
    }

    String userId() {
        return userId;
    }

    Instant expiresAt() {
        return expiresAt;
    }
}
