package org.alumniportal.mentorship.mentor;

import java.util.Set;

/**
 * The filters of {@code GET /api/mentors}; null means "any".
 *
 * @param expertiseKeys the mentor must have all of these (normalised, lower case)
 */
record MentorFilter(Set<String> expertiseKeys, Double minRating, Boolean available) {

    boolean matches(MentorCard card) {
        if (!card.active()) {
            return false;
        }
        if (available != null && (card.view().available() && card.view().freePlaces() > 0) != available) {
            return false;
        }
        if (minRating != null && (card.view().rating() == null || card.view().rating() < minRating)) {
            return false;
        }
        return expertiseKeys.isEmpty() || card.expertiseKeys().containsAll(expertiseKeys);
    }
}
