package org.alumniportal.community.rsvp;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;

import org.alumniportal.platform.tokens.SignedTokens;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The token an event ticket's QR code carries: a version byte, the event id and the user id, signed with a 128-bit
 * HMAC tag (purpose "event-ticket"). Ids that are UUIDs (Keycloak users, events) take 17 bytes each (a marker and
 * the 16 bytes), so a ticket is 68 characters and a version-5 QR code with large modules; other ids are written as length + UTF-8.
 * The token says nothing about the RSVP: whether it is still ATTENDING is checked at the door, so withdrawing kills
 * the ticket without any revocation list.
 */
@Component
@EnableConfigurationProperties(TicketProperties.class)
class Tickets {

    private static final byte VERSION = 1;
    private static final byte UUID_ID = 0;
    private static final byte TEXT_ID = 1;
    private static final int MAX_TEXT_ID = 255;

    private final SignedTokens signed;

    Tickets(TicketProperties properties) {
        this.signed = new SignedTokens(properties.signingKey(), "event-ticket");
    }

    String sign(String eventId, String userId) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(VERSION);
        write(out, eventId);
        write(out, userId);
        return signed.sign(out.toByteArray());
    }

    /** Who and which event an authentic ticket is for; empty for a forged, damaged or foreign token. */
    Optional<Ticket> open(String token) {
        return signed.open(token).flatMap(Tickets::read);
    }

    record Ticket(String eventId, String userId) {
    }

    private static Optional<Ticket> read(byte[] payload) {
        ByteBuffer in = ByteBuffer.wrap(payload);
        if (!in.hasRemaining() || in.get() != VERSION) {
            return Optional.empty();
        }
        String eventId = readId(in);
        String userId = eventId == null ? null : readId(in);
        return userId == null || in.hasRemaining() ? Optional.empty() : Optional.of(new Ticket(eventId, userId));
    }

    private static void write(ByteArrayOutputStream out, String id) {
        UUID uuid = asUuid(id);
        if (uuid != null) {
            out.write(UUID_ID);
            out.writeBytes(ByteBuffer.allocate(16).putLong(uuid.getMostSignificantBits())
                    .putLong(uuid.getLeastSignificantBits()).array());
            return;
        }
        byte[] text = id.getBytes(StandardCharsets.UTF_8);
        if (text.length > MAX_TEXT_ID) {
            throw new IllegalArgumentException("Id too long for a ticket");
        }
        out.write(TEXT_ID);
        out.write(text.length);
        out.writeBytes(text);
    }

    private static String readId(ByteBuffer in) {
        if (!in.hasRemaining()) {
            return null;
        }
        byte kind = in.get();
        if (kind == UUID_ID && in.remaining() >= 16) {
            return new UUID(in.getLong(), in.getLong()).toString();
        }
        if (kind == TEXT_ID && in.hasRemaining()) {
            int length = Byte.toUnsignedInt(in.get());
            if (in.remaining() < length) {
                return null;
            }
            byte[] text = new byte[length];
            in.get(text);
            return new String(text, StandardCharsets.UTF_8);
        }
        return null;
    }

    /** The UUID only when the id is a UUID's canonical lower-case text, so it reads back as the same string. */
    private static UUID asUuid(String id) {
        if (id.length() != 36) {
            return null;
        }
        try {
            UUID uuid = UUID.fromString(id);
            return uuid.toString().equals(id) ? uuid : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
