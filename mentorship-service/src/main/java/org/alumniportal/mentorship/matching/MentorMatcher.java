package org.alumniportal.mentorship.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.alumniportal.mentorship.mentor.MentorCard;
import org.alumniportal.mentorship.mentor.MentorView;

/**
 * Ranks mentors for a seeker. Skills are binary vectors over the normalised vocabulary, so cosine similarity
 * is {@code |shared| / sqrt(|seeker| * |mentor|)}: a mentor who covers the seeker's skills and little else
 * ranks above one whose expertise is broad. The similarity is then weighted by rating (a mentor without
 * ratings counts as middling, not as bad) and by free capacity. Mentors who take no one (switched off, full,
 * inactive), share nothing, are the seeker, or are excluded by the caller are never suggested.
 */
final class MentorMatcher {

    static final double SIMILARITY_WEIGHT = 0.6;
    static final double RATING_WEIGHT = 0.2;
    static final double CAPACITY_WEIGHT = 0.2;
    private static final double UNRATED = 0.5;

    private MentorMatcher() {
    }

    /**
     * @param seekerSkills the seeker's normalised skills and interests
     * @param excluded mentors never to suggest (the seeker, mentors they already have)
     */
    static List<Suggestion> rank(List<String> seekerSkills, List<MentorCard> mentors, Predicate<String> excluded,
            int limit) {
        Set<String> seeker = seekerSkills.stream().map(MentorCard::key).collect(Collectors.toSet());
        if (seeker.isEmpty()) {
            return List.of();
        }
        List<Suggestion> ranked = new ArrayList<>();
        for (MentorCard mentor : mentors) {
            if (!mentor.acceptsMentees() || excluded.test(mentor.view().userId())) {
                continue;
            }
            List<String> shared = mentor.view().expertiseAreas().stream()
                    .filter(area -> seeker.contains(MentorCard.key(area))).toList();
            if (shared.isEmpty()) {
                continue;
            }
            double similarity = shared.size() / Math.sqrt((double) seeker.size() * mentor.expertiseKeys().size());
            ranked.add(suggest(mentor.view(), shared, similarity));
        }
        ranked.sort(Comparator.comparingDouble(Suggestion::score).reversed().thenComparing(Suggestion::mentorId));
        return ranked.size() > limit ? List.copyOf(ranked.subList(0, limit)) : ranked;
    }

    private static Suggestion suggest(MentorView mentor, List<String> shared, double similarity) {
        double rating = mentor.rating() == null ? UNRATED : mentor.rating() / 5.0;
        double capacity = (double) mentor.freePlaces() / mentor.maxMentees();
        double score = similarity * (SIMILARITY_WEIGHT + RATING_WEIGHT * rating + CAPACITY_WEIGHT * capacity);
        List<String> reasons = new ArrayList<>();
        reasons.add("Shares expertise in " + String.join(", ", shared) + String.format(Locale.ROOT,
                " (skill match %d%%)", Math.round(similarity * 100)));
        reasons.add(mentor.rating() == null ? "No session ratings yet"
                : String.format(Locale.ROOT, "Rated %.1f/5 over %d session%s", mentor.rating(), mentor.ratingCount(),
                        mentor.ratingCount() == 1 ? "" : "s"));
        reasons.add(mentor.freePlaces() + " of " + mentor.maxMentees() + " mentee places free");
        return new Suggestion(mentor.userId(), mentor.name(), Math.round(score * 1000) / 1000.0, reasons,
                mentor.expertiseAreas(), mentor.rating(), mentor.freePlaces());
    }
}
