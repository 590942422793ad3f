package org.alumniportal.mentorship.mentor;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A mentor with their stats, as lists and the detail page show them. */
public record MentorView(
        String userId,
        String name,
        List<String> expertiseAreas,
        String bio,
        int maxMentees,
        int currentMentees,
        @Schema(description = "places left: maxMentees - currentMentees") int freePlaces,
        @Schema(description = "the mentor takes requests (their own switch)") boolean available,
        List<AvailabilitySlot> availability,
        @Schema(description = "mean of the session feedback ratings (1-5); null before any", nullable = true)
        Double rating,
        int ratingCount,
        @Schema(description = "completed sessions") int totalSessions,
        Instant registeredAt) {

    static MentorView of(Mentor m) {
        return new MentorView(m.getUserId(), m.getName(), m.getExpertiseAreas(), m.getBio(), m.getMaxMentees(),
                m.getCurrentMentees(), m.getFreePlaces(), m.isAvailable(), m.getAvailability(), m.rating(),
                m.getRatingCount(), m.getTotalSessions(), m.getRegisteredAt());
    }
}
