package org.alumniportal.profile.search;

import org.alumniportal.profile.profile.AlumniProof;
import org.alumniportal.platform.security.CurrentUser;

/**
 * Which listed profiles a caller may see: everyone signed in sees SIGNED_IN profiles; verified alumni and admins also
 * ALUMNI_ONLY ones. HIDDEN profiles are seen by no audience (the owner opens their own through the profile API).
 */
public enum Audience {
    MEMBERS, ALUMNI;

    /** Admins, and alumni whose own profile an admin verified; the ALUMNI role alone is self-chosen. */
    public static Audience of(CurrentUser user, AlumniProof proof) {
        return user.hasRole("ADMIN") || proof.isVerifiedAlumnus(user) ? ALUMNI : MEMBERS;
    }
}
