package org.alumniportal.mentorship.mentorship;

/** PENDING until the mentor decides; ACTIVE is an accepted request, i.e. the mentorship; ENDED by either. */
public enum MentorshipStatus {
    PENDING, ACTIVE, REJECTED, ENDED;

    /** An open request or mentorship blocks a second one between the same two people. */
    boolean isOpen() {
        return this == PENDING || this == ACTIVE;
    }
}
