package org.alumniportal.profile.search;

import org.alumniportal.platform.security.CurrentUser;

/**
 * Which listed profiles a caller may see: everyone signed in sees SIGNED_IN profiles; alumni and admins also
 * ALUMNI_ONLY ones. HIDDEN profiles are seen by no audience (the owner opens their own through the profile API).
 */
public enum Audience {
    MEMBERS, ALUMNI;

    public static Audience of(CurrentUser user) {
        return user.hasRole("ALUMNI") || user.hasRole("ADMIN") ? ALUMNI : MEMBERS;
    }
}
