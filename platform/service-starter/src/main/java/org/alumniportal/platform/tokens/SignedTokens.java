package org.alumniportal.platform.tokens;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * {@code base64url(payload ‖ HMAC-SHA256(purpose ‖ payload)[0..16])}: a compact alternative to a JWS for tokens
 * that end up in QR codes, where every character makes the code denser. A 128-bit tag is far beyond guessing;
 * the purpose (say "alumni-card" or "event-ticket") is part of what is signed, so a token made for one use is
 * never accepted for another even under the same key. The token is deterministic: the same payload always
 * gives the same token, so a printed code stays valid.
 */
public final class SignedTokens {

    /** Bytes of the HMAC kept in a token. */
    public static final int TAG_BYTES = 16;

    private static final int MAX_TOKEN_CHARS = 512;

    private final SecretKeySpec key;
    private final byte[] purpose;

    /**
     * @param key the signing secret, at least 32 bytes (256 bits)
     * @param purpose what the tokens are for; tokens of another purpose never verify
     */
    public SignedTokens(String key, String purpose) {
        byte[] secret = key == null ? new byte[0] : key.getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException("A signing key for " + purpose + " tokens needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        this.purpose = (purpose + "\u0000").getBytes(StandardCharsets.UTF_8);
    }

    public String sign(byte[] payload) {
        byte[] token = Arrays.copyOf(payload, payload.length + TAG_BYTES);
        System.arraycopy(tag(payload), 0, token, payload.length, TAG_BYTES);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(token);
    }

    /** The payload of an authentic token of this purpose; empty for anything else (never throws). */
    public Optional<byte[]> open(String token) {
        if (token == null || token.isBlank() || token.length() > MAX_TOKEN_CHARS) {
            return Optional.empty();
        }
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(token.strip());
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        if (bytes.length <= TAG_BYTES) {
            return Optional.empty();
        }
        byte[] payload = Arrays.copyOf(bytes, bytes.length - TAG_BYTES);
        byte[] tag = Arrays.copyOfRange(bytes, payload.length, bytes.length);
        return MessageDigest.isEqual(tag, tag(payload)) ? Optional.of(payload) : Optional.empty();
    }

    private byte[] tag(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(purpose);
            return Arrays.copyOf(mac.doFinal(payload), TAG_BYTES);
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
