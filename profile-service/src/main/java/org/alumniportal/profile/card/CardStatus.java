package org.alumniportal.profile.card;

/** A card as its holder sees it: EXPIRED is computed from {@code expiresAt}, REVOKED is stored. */
enum CardStatus {
    ACTIVE, EXPIRED, REVOKED
}
