package org.alumniportal.analytics.engagement;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** A person's score with its parts and badges; {@code rank} among everyone scored (1 = highest). */
@Schema(description = EngagementFormula.DESCRIPTION)
public record EngagementScore(String userId, @Schema(nullable = true) String name, @Schema(nullable = true) String role,
        double score, long rank, List<Component> components, List<EarnedBadge> badges,
        @Schema(nullable = true) Instant lastActiveAt) {

    /**
     * One term of the formula: {@code value} (0–1) × {@code weight} = {@code points}; {@code basis} is the count it
     * came from (completion %, sessions, days since last activity…).
     */
    public record Component(String name, int weight, double value, double points, long basis) {
    }

    /** The total and its terms. */
    record Breakdown(double score, List<Component> components) {
    }

    /** A badge and the moment its criterion was first met. */
    public record EarnedBadge(Badge badge, String name, Instant earnedAt) {
    }
}
