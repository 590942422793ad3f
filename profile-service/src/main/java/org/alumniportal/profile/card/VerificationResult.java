package org.alumniportal.profile.card;

/** The answer to a scanned QR code. */
enum VerificationResult {
    /** Issued by us, current, not expired, holder still verified. */
    VALID,
    /** Issued by us, but past its expiry. */
    EXPIRED,
    /** Issued by us, but replaced by a newer card, or the holder lost verification or deleted the profile. */
    REVOKED,
    /** Not a token of ours: malformed, tampered with, or signed with another key. */
    INVALID
}
