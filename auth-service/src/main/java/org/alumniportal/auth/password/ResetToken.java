package org.alumniportal.auth.password;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A password-reset token, stored as the SHA-256 of its 256 random bits (the id): the token is a bearer
 * secret, and a database dump must not hand out working links. No pepper is needed, as nobody can try 2^256
 * candidates. It works once, for {@code ttl}; {@code @Version} lets only one of two concurrent uses claim it.
 */
@Document("password_reset_tokens")
class ResetToken {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    private String tokenHash;
    @Indexed
    private String userId;
    private Instant issuedAt;
    private Instant expiresAt;
    private Instant usedAt;
    @Version
    private Long version;

    ResetToken() {
    }

    /** A fresh random token in clear (64 hex characters) for the mail; only its hash is kept. */
    static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String hashOf(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.trim().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    static ResetToken issue(String token, String userId, Instant now, Duration ttl) {
        ResetToken reset = new ResetToken();
        reset.tokenHash = hashOf(token);
        reset.userId = userId;
        reset.issuedAt = now;
        reset.expiresAt = now.plus(ttl);
        return reset;
    }

    boolean usable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    /** Marks the token used; only a {@link #usable} token may be claimed. */
    void claim(Instant now) {
        if (!usable(now)) {
            throw new IllegalStateException("token is not usable");
        }
        usedAt = now;
    }

    /** Gives a claimed token back when the new password was refused, so the user can try another one. */
    void release() {
        usedAt = null;
    }

    String tokenHash() {
        return tokenHash;
    }

    boolean used() {
        return usedAt != null;
    }

    String userId() {
        return userId;
    }
}
