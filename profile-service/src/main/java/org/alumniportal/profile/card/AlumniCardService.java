package org.alumniportal.profile.card;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import org.alumniportal.platform.files.FileStore;
import org.alumniportal.platform.files.StoredFile;
import org.alumniportal.platform.qr.QrCodes;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.alumniportal.profile.profile.Education;
import org.alumniportal.profile.profile.Profile;
import org.alumniportal.profile.profile.ProfileService;
import org.alumniportal.profile.profile.Visibility;

/** Issues, shows, verifies and revokes alumni ID cards. */
@Service
class AlumniCardService {

    private static final Logger log = LoggerFactory.getLogger(AlumniCardService.class);
    static final String QR_PATH = "/api/alumni-card/me/qr.png";

    private final AlumniCardRepository cards;
    private final MongoTemplate mongo;
    private final ProfileService profiles;
    private final CardTokens tokens;
    private final CardProperties properties;
    private final FileStore files;
    private final Clock clock;

    AlumniCardService(AlumniCardRepository cards, MongoTemplate mongo, ProfileService profiles, CardTokens tokens,
            CardProperties properties, FileStore files, Clock clock) {
        this.cards = cards;
        this.mongo = mongo;
        this.profiles = profiles;
        this.tokens = tokens;
        this.properties = properties;
        this.files = files;
        this.clock = clock;
    }

    /** A new card for a verified caller; an earlier card of theirs stops verifying (its id is replaced). */
    CardView generate(CurrentUser user) {
        Profile profile = profiles.require(user.id());
        requireVerified(profile);
        Instant now = clock.instant();
        Instant expiresAt = now.plus(properties.validity());
        String degree = degreeOf(profile);
        AlumniCard card = cards.findById(user.id()).map(existing -> {
            existing.reissue(profile.getName(), profile.getBatchYear(), degree, now, expiresAt);
            return existing;
        }).orElseGet(() -> AlumniCard.issue(user.id(), profile.getName(), profile.getBatchYear(), degree, now,
                expiresAt));
        try {
            card = cards.save(card);
        } catch (OptimisticLockingFailureException | DuplicateKeyException e) {
            throw new PortalException(HttpStatus.CONFLICT, Problems.CONCURRENT_UPDATE, "Card changed meanwhile",
                    "Another request changed your card at the same time; try again.");
        }
        // An admin may have withdrawn the verification between the check above and the save; the revocation
        // listener then saw the previous card. Re-reading closes that window.
        if (!profiles.find(user.id()).map(Profile::isVerified).orElse(false)) {
            revoke(user.id(), "profile-unverified");
            throw notVerified();
        }
        log.info("Alumni card {} issued to user {}", card.getCardId(), user.id());
        return view(card, profile.getPhotoUrl(), now);
    }

    CardView mine(CurrentUser user) {
        AlumniCard card = cards.findById(user.id()).orElseThrow(AlumniCardService::cardNotFound);
        String photoUrl = profiles.find(user.id()).map(Profile::getPhotoUrl).orElse(null);
        return view(card, photoUrl, clock.instant());
    }

    /** A user's card for the holder and admins; 404 for everyone else, the same as for no card. */
    CardView of(String userId, CurrentUser viewer) {
        if (!userId.equals(viewer.id()) && !viewer.hasRole("ADMIN")) {
            throw cardNotFound();
        }
        AlumniCard card = cards.findById(userId).orElseThrow(AlumniCardService::cardNotFound);
        String photoUrl = profiles.find(userId).map(Profile::getPhotoUrl).orElse(null);
        return view(card, photoUrl, clock.instant());
    }

    /** The QR code of the caller's card; only an active card gets one (a revoked card's QR would only fail). */
    byte[] qrPng(CurrentUser user, int size) {
        AlumniCard card = cards.findById(user.id()).orElseThrow(AlumniCardService::cardNotFound);
        CardStatus status = card.statusAt(clock.instant());
        if (status != CardStatus.ACTIVE) {
            throw new PortalException(HttpStatus.CONFLICT, "card-not-active", "Card not active",
                    "Your card is " + status + "; generate a new one with POST /api/alumni-card.")
                    .with("status", status.name());
        }
        return QrCodes.png(properties.verifyLink(tokenOf(card)), size);
    }

    /**
     * Anonymous check of a scanned token. Revocation wins over expiry (it is the stronger statement). For a VALID
     * card the holder's name and batch year are shown (that is what the card attests and the holder presents it);
     * the degree unless the profile is HIDDEN, and the photo only when the profile is open to everyone signed in
     * ({@code SIGNED_IN}): an ALUMNI_ONLY or HIDDEN profile does not show its photo to an anonymous verifier.
     */
    CardVerification verify(String token) {
        Instant now = clock.instant();
        Verified verified = check(token);
        if (verified.result() != VerificationResult.VALID) {
            return CardVerification.of(verified.result(), now);
        }
        AlumniCard card = verified.card();
        Profile profile = verified.profile();
        boolean hidden = profile.getVisibility() == Visibility.HIDDEN;
        boolean photo = profile.getVisibility() == Visibility.SIGNED_IN && profile.getPhoto() != null;
        return new CardVerification(VerificationResult.VALID, now, new CardVerification.Holder(card.getName(),
                card.getBatchYear(), hidden ? null : card.getDegree(), photo ? properties.photoLink(token) : null,
                card.getExpiresAt()));
    }

    /** The holder's photo for a VALID token whose verification shows a photo; otherwise 404. */
    Photo photo(String token) {
        Verified verified = check(token);
        Profile profile = verified.profile();
        if (verified.result() != VerificationResult.VALID || profile.getVisibility() != Visibility.SIGNED_IN
                || profile.getPhoto() == null) {
            throw photoNotFound();
        }
        StoredFile file = profile.getPhoto();
        InputStream content = files.open(file.key()).orElseThrow(AlumniCardService::photoNotFound);
        return new Photo(file, content);
    }

    /** Marks the holder's card revoked; false when there is none or it is revoked already. */
    boolean revoke(String userId, String reason) {
        long changed = mongo.updateFirst(query(where("_id").is(userId).and("revoked").is(false)),
                new Update().set("revoked", true).set("revokedAt", clock.instant()).set("revokedReason", reason)
                        .inc("version", 1),
                AlumniCard.class).getModifiedCount();
        if (changed > 0) {
            log.info("Alumni card of user {} revoked: {}", userId, reason);
        }
        return changed > 0;
    }

    /** The profile is gone: so is the card (its personal data too); a token of it then reads REVOKED. */
    void forget(String userId) {
        cards.deleteById(userId);
    }

    private Verified check(String token) {
        CardTokens.Check check = tokens.check(token);
        if (!check.authentic()) {
            return Verified.of(VerificationResult.INVALID);
        }
        // Signed by us, so the card existed: a different current id (regenerated) or no card (profile deleted)
        // means it was revoked.
        Optional<AlumniCard> card = cards.findByCardId(check.cardId());
        if (card.isEmpty() || card.get().isRevoked()) {
            return Verified.of(VerificationResult.REVOKED);
        }
        if (check.expired()) {
            return Verified.of(VerificationResult.EXPIRED);
        }
        // Never vouch for an unverified holder, even if a revocation was missed.
        Optional<Profile> profile = profiles.find(card.get().getUserId()).filter(Profile::isVerified);
        if (profile.isEmpty()) {
            return Verified.of(VerificationResult.REVOKED);
        }
        return new Verified(VerificationResult.VALID, card.get(), profile.get());
    }

    private CardView view(AlumniCard card, String photoUrl, Instant now) {
        CardStatus status = card.statusAt(now);
        return new CardView(card.getCardId(), card.getUserId(), card.getName(), card.getBatchYear(),
                card.getDegree(), photoUrl, card.getIssuedAt(), card.getExpiresAt(), status, card.getRevokedAt(),
                card.getRevokedReason(), properties.verifyLink(tokenOf(card)), QR_PATH);
    }

    private String tokenOf(AlumniCard card) {
        return tokens.sign(card.getCardId(), card.getExpiresAt());
    }

    /** The degree of the graduation the batch year names, else of the latest graduation; null without one. */
    static String degreeOf(Profile profile) {
        return profile.getEducation().stream()
                .filter(e -> e.degree() != null && !e.degree().isBlank())
                .max(Comparator.comparing((Education e) -> Objects.equals(e.graduationYear(), profile.getBatchYear()))
                        .thenComparing(e -> e.graduationYear() == null ? Integer.MIN_VALUE : e.graduationYear()))
                .map(e -> e.fieldOfStudy() == null || e.fieldOfStudy().isBlank() ? e.degree()
                        : e.degree() + ", " + e.fieldOfStudy())
                .orElse(null);
    }

    private static void requireVerified(Profile profile) {
        if (!profile.isVerified()) {
            throw notVerified().with("verificationStatus", profile.getVerificationStatus().name());
        }
    }

    private static PortalException notVerified() {
        return new PortalException(HttpStatus.CONFLICT, "profile-not-verified", "Profile not verified",
                "An alumni card is issued only for a verified profile; ask for verification first "
                        + "(POST /api/profiles/me/verification-request).");
    }

    private static PortalException cardNotFound() {
        return new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "No alumni card",
                "There is no alumni card you can see here; a holder generates one with POST /api/alumni-card.");
    }

    private static PortalException photoNotFound() {
        return new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "No photo",
                "There is no photo to show for this card.");
    }

    record Photo(StoredFile file, InputStream content) {
    }

    private record Verified(VerificationResult result, AlumniCard card, Profile profile) {

        static Verified of(VerificationResult result) {
            return new Verified(result, null, null);
        }
    }
}
