package org.alumniportal.mentorship.matching;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One suggested mentor, with why. */
record Suggestion(
        String mentorId,
        String name,
        @Schema(description = "0 to 1: skill similarity weighted by rating and free capacity") double score,
        @Schema(description = "human-readable reasons, most important first") List<String> reasons,
        List<String> expertiseAreas,
        @Schema(nullable = true) Double rating,
        int freePlaces) {
}
