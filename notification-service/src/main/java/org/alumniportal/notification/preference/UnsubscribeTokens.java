package org.alumniportal.notification.preference;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.alumniportal.notification.config.NotificationProperties;
import org.alumniportal.notification.notification.NotificationType;
import org.springframework.stereotype.Component;

/**
 * The signed token of a one-click unsubscribe link: {@code base64url(userId:TYPE).base64url(HMAC-SHA256)}.
 * It proves the link came from one of our mails without a login; it does not expire, like the mail it is in
 * (RFC 8058 expects the link to keep working).
 */
@Component
public class UnsubscribeTokens {

    /** Whose mail of which type to turn off. */
    public record Subject(String userId, NotificationType type) {
    }

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private final SecretKeySpec key;

    UnsubscribeTokens(NotificationProperties properties) {
        byte[] secret = properties.unsubscribeKey().getBytes(StandardCharsets.UTF_8);
        if (secret.length < 32) {
            throw new IllegalStateException("portal.notification.unsubscribe-key must have at least 32 bytes");
        }
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    public String sign(String userId, NotificationType type) {
        byte[] payload = (userId + ":" + type.name()).getBytes(StandardCharsets.UTF_8);
        return ENCODER.encodeToString(payload) + "." + ENCODER.encodeToString(mac(payload));
    }

    /** @return the subject of a genuine token, empty for anything else (tampered, truncated, unknown type) */
    public Optional<Subject> verify(String token) {
        if (token == null) {
            return Optional.empty();
        }
        int dot = token.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        try {
            byte[] payload = DECODER.decode(token.substring(0, dot));
            byte[] signature = DECODER.decode(token.substring(dot + 1));
            if (!MessageDigest.isEqual(mac(payload), signature)) {
                return Optional.empty();
            }
            String text = new String(payload, StandardCharsets.UTF_8);
            int colon = text.lastIndexOf(':');
            NotificationType type = colon <= 0 ? null : Preferences.typeOrNull(text.substring(colon + 1));
            return type == null ? Optional.empty() : Optional.of(new Subject(text.substring(0, colon), type));
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private byte[] mac(byte[] payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac.doFinal(payload);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }
}
