package org.alumniportal.profile.profile;

/** Where a profile stands in the admin verification workflow. */
public enum VerificationStatus {
    UNVERIFIED, PENDING, VERIFIED, REJECTED
}
