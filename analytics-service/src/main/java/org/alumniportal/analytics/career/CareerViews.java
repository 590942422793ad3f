package org.alumniportal.analytics.career;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** The response records of career paths and prediction. */
public final class CareerViews {

    private CareerViews() {
    }

    /** A skill and the share (0–1) of the people making a move who had it. */
    public record SkillShare(String skill, long people, double share) {
    }

    /**
     * A likely next role: {@code probability} = observations / moves out of the current role; {@code skillMatch} is
     * the share of the preceding skills the asker has; {@code typicalMonthsBefore} the median time in the current
     * role before this move.
     */
    public record NextRole(String role, double probability, long observations, List<SkillShare> precedingSkills,
            double skillMatch, @Schema(nullable = true) Double typicalMonthsBefore) {
    }

    /**
     * The answer to a prediction. {@code enoughData} is false below the minimum number of observed moves, and then
     * {@code nextRoles} is empty and {@code message} says so; {@code otherRolesProbability} is the mass of moves not
     * listed (too rare to show to a non-admin).
     */
    public record Prediction(String currentRole, long observations, boolean enoughData, String message,
            List<NextRole> nextRoles, double otherRolesProbability, @Schema(nullable = true) Boolean readyByTenure) {
    }

    /** One observed move; {@code probability} is P(to | from). */
    public record Transition(String fromRole, String toRole, long observations, double probability) {
    }

    public record RoleCount(String role, long people) {
    }

    /** A whole career sequence and how many people followed it. */
    public record PathCount(List<String> roles, long people) {
    }

    /** The roles people with a skill moved through. */
    public record SkillPaths(String skill, long people, List<RoleCount> roles, List<Transition> transitions,
            List<PathCount> paths) {
    }
}
