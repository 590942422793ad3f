package org.alumniportal.community.recommendation;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.alumniportal.community.content.Tags;

/**
 * The scoring rules, plain functions so unit tests pin them:
 * <pre>
 * score = 2 · (skills of the caller found in the item) + 1 · (summed weight of neighbours who engaged with it)
 *       + freshness (posts: 0.5 · 2^(−age/7 days))
 * </pre>
 * Items with no skill or neighbour signal only fill up a short list (events: soonest first).
 */
final class Ranking {

    static final double SKILL_WEIGHT = 2;
    static final double NEIGHBOUR_WEIGHT = 1;
    static final double FRESHNESS_WEIGHT = 0.5;
    static final Duration FRESHNESS_HALF_LIFE = Duration.ofDays(7);

    private Ranking() {
    }

    /** Skills that occur in the text (case-insensitive, as words or hyphenated tags). */
    static List<String> skillsIn(List<String> skills, String text) {
        String haystack = " " + text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#.]+", " ") + " ";
        List<String> found = new ArrayList<>();
        for (String skill : skills) {
            String needle = skill.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}+#.]+", " ").strip();
            if (!needle.isEmpty() && haystack.contains(" " + needle + " ")) {
                found.add(skill);
            }
        }
        return found;
    }

    /** Skills matching one of the tags (tags and skills compared in tag form: "Spring Boot" is "spring-boot"). */
    static List<String> skillsInTags(List<String> skills, List<String> tags) {
        return skills.stream().filter(s -> tags.contains(Tags.normalize(s))).toList();
    }

    static Scored score(String id, List<String> skillHits, Neighbours.Signal neighbours, double freshness) {
        List<String> reasons = new ArrayList<>();
        double score = 0;
        if (!skillHits.isEmpty()) {
            score += SKILL_WEIGHT * skillHits.size();
            reasons.add("Matches your skills: " + String.join(", ", skillHits));
        }
        if (neighbours.people() > 0) {
            score += NEIGHBOUR_WEIGHT * neighbours.weight();
            reasons.add(neighbours.people() + (neighbours.people() == 1 ? " person who shares" : " people who share")
                    + " your events or likes engaged with it");
        }
        score += freshness;
        return new Scored(id, Math.round(score * 1000) / 1000.0, reasons);
    }

    static double freshness(Instant createdAt, Instant now) {
        double ageDays = Math.max(0, Duration.between(createdAt, now).toSeconds())
                / (double) FRESHNESS_HALF_LIFE.toSeconds();
        return FRESHNESS_WEIGHT * Math.pow(2, -ageDays);
    }
}
