package org.alumniportal.profile.importing;

/** INVITED until the person has a verified account (CLAIMED); {@code invitedAt} says whether the mail went out. */
enum ImportStatus {
    INVITED, CLAIMED
}
