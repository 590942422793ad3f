package org.alumniportal.profile.profile;

/** Which contact fields other users may see; email and phone are private unless the owner opens them. */
public record ContactVisibility(boolean showEmail, boolean showPhone, boolean showSocialLinks) {

    public static final ContactVisibility DEFAULT = new ContactVisibility(false, false, true);
}
