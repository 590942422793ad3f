package org.alumniportal.mentorship.mentor;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One mentor in the in-memory {@link MentorDirectory}: the view plus what filtering and matching need
 * (account state, lower-case expertise keys) and the revision that orders snapshots.
 */
public record MentorCard(MentorView view, boolean active, long revision, Set<String> expertiseKeys) {

    static MentorCard of(Mentor mentor) {
        return new MentorCard(MentorView.of(mentor), mentor.isActive(), mentor.getRevision(),
                mentor.getExpertiseAreas().stream().map(MentorCard::key).collect(Collectors.toUnmodifiableSet()));
    }

    /** How skills compare: the normalised spelling, case-insensitively. */
    public static String key(String normalizedSkill) {
        return normalizedSkill.toLowerCase(Locale.ROOT);
    }

    /** Takes new mentees: marked available, has a free place, account active. */
    public boolean acceptsMentees() {
        return active && view.available() && view.freePlaces() > 0;
    }
}
