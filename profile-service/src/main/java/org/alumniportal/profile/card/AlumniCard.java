package org.alumniportal.profile.card;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A holder's current card, one document per user ({@code _id} = user id) so that every lookup is by key (the
 * embedded store indexes nothing else). Regenerating replaces the card id: a token of an older card still has a
 * valid signature but no longer matches {@link #getCardId()}, which is how it reads as revoked. Name, batch year
 * and degree are a snapshot taken at issue: the card shows what was verified then.
 */
@Document("alumni_cards")
class AlumniCard {

    @Id
    private String userId;
    private String cardId;
    private String name;
    private Integer batchYear;
    private String degree;
    private Instant issuedAt;
    private Instant expiresAt;
    private boolean revoked;
    private Instant revokedAt;
    private String revokedReason;
    @Version
    private Long version;

    /** For the Mongo mapping only. */
    protected AlumniCard() {
    }

    static AlumniCard issue(String userId, String name, Integer batchYear, String degree, Instant now,
            Instant expiresAt) {
        AlumniCard card = new AlumniCard();
        card.userId = Objects.requireNonNull(userId, "userId");
        card.reissue(name, batchYear, degree, now, expiresAt);
        return card;
    }

    /** A new card replaces this one: new random id, fresh validity; the previous token stops verifying. */
    void reissue(String name, Integer batchYear, String degree, Instant now, Instant expiresAt) {
        if (!expiresAt.isAfter(now)) {
            throw new IllegalArgumentException("A card must expire after it is issued");
        }
        cardId = UUID.randomUUID().toString();
        this.name = name;
        this.batchYear = batchYear;
        this.degree = degree;
        issuedAt = now;
        this.expiresAt = expiresAt;
        revoked = false;
        revokedAt = null;
        revokedReason = null;
    }

    CardStatus statusAt(Instant now) {
        if (revoked) {
            return CardStatus.REVOKED;
        }
        return now.isBefore(expiresAt) ? CardStatus.ACTIVE : CardStatus.EXPIRED;
    }

    String getUserId() {
        return userId;
    }

    String getCardId() {
        return cardId;
    }

    String getName() {
        return name;
    }

    Integer getBatchYear() {
        return batchYear;
    }

    String getDegree() {
        return degree;
    }

    Instant getIssuedAt() {
        return issuedAt;
    }

    Instant getExpiresAt() {
        return expiresAt;
    }

    boolean isRevoked() {
        return revoked;
    }

    Instant getRevokedAt() {
        return revokedAt;
    }

    String getRevokedReason() {
        return revokedReason;
    }
}
