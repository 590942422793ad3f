package org.alumniportal.profile.card;

import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.alumniportal.platform.tokens.SignedTokens;

/**
 * The token a card's QR code carries: version, card id and expiry (21 bytes) signed with a 128-bit HMAC tag,
 * 50 characters in all. It is not a guessable id: without the key nobody can make one, and the card id in it
 * is random. Short on purpose: the local verify link (101 characters) fits a version-6 QR code and a
 * production one of about 115 a version-7 code, whose modules are large enough to scan off a phone screen
 * (the JWS it replaces made a 319-character link and a dense version-13 code).
 * The same card always gives the same token, so a printed QR stays valid until the card is revoked or expires.
 */
final class CardTokens {

    private static final byte VERSION = 1;
    /** Version, card id, expiry in epoch seconds as an unsigned 32-bit number (good until 2106). */
    private static final int PAYLOAD_BYTES = 1 + 16 + 4;

    private final SignedTokens signed;
    private final Clock clock;

    CardTokens(String key, Clock clock) {
        this.signed = new SignedTokens(key, "alumni-card");
        this.clock = clock;
    }

    /** @param cardId a UUID, as {@link AlumniCard} issues them */
    String sign(String cardId, Instant expiresAt) {
        UUID id = UUID.fromString(cardId);
        return signed.sign(ByteBuffer.allocate(PAYLOAD_BYTES).put(VERSION).putLong(id.getMostSignificantBits())
                .putLong(id.getLeastSignificantBits()).putInt((int) expiresAt.getEpochSecond()).array());
    }

    /** Signature first (else {@link Check#invalid()}), then the expiry against the clock. */
    Check check(String token) {
        Optional<byte[]> payload = signed.open(token);
        if (payload.isEmpty() || payload.get().length != PAYLOAD_BYTES || payload.get()[0] != VERSION) {
            return Check.invalid();
        }
        ByteBuffer bytes = ByteBuffer.wrap(payload.get(), 1, PAYLOAD_BYTES - 1);
        String cardId = new UUID(bytes.getLong(), bytes.getLong()).toString();
        Instant expiresAt = Instant.ofEpochSecond(Integer.toUnsignedLong(bytes.getInt()));
        boolean expired = !clock.instant().isBefore(expiresAt);
        return new Check(true, expired, cardId, expiresAt);
    }

    /** What a token says; {@code cardId} and {@code expiresAt} only when {@code authentic}. */
    record Check(boolean authentic, boolean expired, String cardId, Instant expiresAt) {

        static Check invalid() {
            return new Check(false, false, null, null);
        }
    }
}
