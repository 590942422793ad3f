package org.alumniportal.profile.card;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What an anonymous verifier learns from a scanned card: the status always, the holder only for a VALID card,
 * and of the holder only what the profile's privacy settings let out (see {@link AlumniCardService#verify}).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record CardVerification(VerificationResult status, Instant checkedAt, Holder holder) {

    static CardVerification of(VerificationResult status, Instant checkedAt) {
        return new CardVerification(status, checkedAt, null);
    }

    /**
     * @param photoUrl an anonymous-readable URL of the photo for this token, when the holder's profile is open to
     *                 everyone signed in
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Holder(String name, Integer batchYear, String degree, String photoUrl, Instant validUntil) {
    }
}
