package org.alumniportal.profile.card;

import java.time.Instant;

/**
 * The holder's card. {@code verifyUrl} is what the QR code encodes ({@code qrUrl} renders it); {@code photoUrl}
 * is the profile photo for the holder's own app, null without a photo.
 */
record CardView(String cardId, String userId, String name, Integer batchYear, String degree, String photoUrl,
        Instant issuedAt, Instant expiresAt, CardStatus status, Instant revokedAt, String revokedReason,
        String verifyUrl, String qrUrl) {
}
