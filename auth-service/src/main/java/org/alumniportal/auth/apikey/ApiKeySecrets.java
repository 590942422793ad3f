package org.alumniportal.auth.apikey;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The key format {@code apk_<clientId>.<secret>}: the client id lets the gateway run the client credentials
 * grant without a lookup, the secret is 256 random bits (so a plain SHA-256, no pepper or slow hash, is
 * enough: nobody can try 2^256 candidates against a leaked hash).
 */
final class ApiKeySecrets {

    static final String PREFIX = "apk_";
    private static final SecureRandom RANDOM = new SecureRandom();

    record Parsed(String clientId, String secret) {

        @Override
        public String toString() {
            return "Parsed[clientId=" + clientId + "]";
        }
    }

    private ApiKeySecrets() {
    }

    static String newSecret() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    /** {@code apikey-<organisation slug, at most 20>-<first 8 of the key id>}: readable in Keycloak's console. */
    static String clientIdFor(String keyId, String organisation) {
        String slug = organisation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        if (slug.length() > 20) {
            slug = slug.substring(0, 20).replaceAll("-$", "");
        }
        String shortId = keyId.replace("-", "").substring(0, 8);
        return slug.isEmpty() ? "apikey-" + shortId : "apikey-" + slug + "-" + shortId;
    }

    /**
     * The secret of the key's Keycloak client: derived from the client id with a server secret, never the key's
     * own secret. The key's holder therefore cannot trade the key at Keycloak's token endpoint for a plain
     * RECRUITER token; only the gateway, which learns this secret from the internal resolve call, can mint
     * tokens for it, and only after checking the key's scopes.
     */
    static String clientSecretFor(String clientId, String serverSecret) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(serverSecret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(("api-key-client:" + clientId).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    static String keyOf(String clientId, String secret) {
        return PREFIX + clientId + "." + secret;
    }

    static Optional<Parsed> parse(String key) {
        if (key == null || !key.startsWith(PREFIX) || key.length() > 200) {
            return Optional.empty();
        }
        int dot = key.lastIndexOf('.');
        if (dot <= PREFIX.length() || dot == key.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Parsed(key.substring(PREFIX.length(), dot), key.substring(dot + 1)));
    }

    static String hashOf(String key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(key.trim().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
