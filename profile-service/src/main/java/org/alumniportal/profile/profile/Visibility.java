package org.alumniportal.profile.profile;

/** Who may find and open a profile besides its owner and admins. */
public enum Visibility {
    /** Every signed-in user. */
    SIGNED_IN,
    /** Only signed-in users with role ALUMNI (and admins). */
    ALUMNI_ONLY,
    /** Nobody: not in search, suggestions or option counts; {@code GET} answers 404 to others. */
    HIDDEN
}
