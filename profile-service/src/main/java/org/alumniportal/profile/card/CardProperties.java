package org.alumniportal.profile.card;

import java.time.Duration;

import org.alumniportal.platform.config.RequiredSecret;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param signingKey HMAC-SHA256 key of card tokens, at least 32 bytes ({@code PORTAL_CARD_SIGNING_KEY}); only
 *                   the local profile has a development value, anything else must set it
 * @param validity how long a card (and its token) is valid after issue
 * @param verifyUrl the public address of {@code GET /api/alumni-card/verify} (through the gateway) the QR points at
 */
@ConfigurationProperties("portal.card")
record CardProperties(String signingKey, @DefaultValue("365d") Duration validity,
        @DefaultValue("http://127.0.0.1:8080/api/alumni-card/verify") String verifyUrl) {

    CardProperties {
        RequiredSecret.require(signingKey, "PORTAL_CARD_SIGNING_KEY");
        if (validity.isNegative() || validity.isZero()) {
            throw new IllegalStateException("portal.card.validity must be positive");
        }
    }

    String verifyLink(String token) {
        return verifyUrl + "?token=" + token;
    }

    /** The anonymous photo address of a verified card: beside the verify address, same token. */
    String photoLink(String token) {
        return verifyUrl + "/photo?token=" + token;
    }
}
