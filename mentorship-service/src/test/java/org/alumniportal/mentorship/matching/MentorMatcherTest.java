package org.alumniportal.mentorship.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.alumniportal.mentorship.mentor.MentorCard;
import org.alumniportal.mentorship.mentor.MentorView;
import org.junit.jupiter.api.Test;

class MentorMatcherTest {

    @Test
    void cosineFavoursAFocusedMentorOverABroadOneWithTheSameOverlap() {
        List<Suggestion> ranked = MentorMatcher.rank(List.of("Java", "Kafka"), List.of(
                card("broad", List.of("Java", "Go", "Rust", "AWS"), null, 0, 2, 2, true),
                card("focused", List.of("Java", "Kafka"), null, 0, 2, 2, true)), id -> false, 10);

        assertThat(ranked).extracting(Suggestion::mentorId).containsExactly("focused", "broad");
        assertThat(ranked.get(0).score()).isEqualTo(0.9);
    }

    @Test
    void ratingAndFreeCapacityLiftAnEqualSkillMatch() {
        List<Suggestion> ranked = MentorMatcher.rank(List.of("Java"), List.of(
                card("unrated", List.of("Java"), null, 0, 4, 4, true),
                card("loved", List.of("Java"), 5.0, 3, 4, 4, true),
                card("busy", List.of("Java"), 5.0, 3, 4, 1, true)), id -> false, 10);

        assertThat(ranked).extracting(Suggestion::mentorId).containsExactly("loved", "unrated", "busy");
        assertThat(ranked.get(0).reasons()).contains("Rated 5.0/5 over 3 sessions", "4 of 4 mentee places free");
    }

    @Test
    void fullUnavailableExcludedAndUnrelatedMentorsAreNeverSuggested() {
        List<Suggestion> ranked = MentorMatcher.rank(List.of("Java"), List.of(
                card("full", List.of("Java"), null, 0, 2, 0, true),
                card("off", List.of("Java"), null, 0, 2, 2, false),
                card("mine", List.of("Java"), null, 0, 2, 2, true),
                card("unrelated", List.of("Go"), null, 0, 2, 2, true),
                card("ok", List.of("Java"), null, 0, 2, 2, true)), "mine"::equals, 10);

        assertThat(ranked).extracting(Suggestion::mentorId).containsExactly("ok");
    }

    @Test
    void nothingToMatchOnGivesNothingAndTheLimitCuts() {
        List<MentorCard> many = List.of(card("a", List.of("Java"), null, 0, 2, 2, true),
                card("b", List.of("Java"), null, 0, 2, 2, true), card("c", List.of("Java"), null, 0, 2, 2, true));

        assertThat(MentorMatcher.rank(List.of(), many, id -> false, 10)).isEmpty();
        assertThat(MentorMatcher.rank(List.of("java"), many, id -> false, 2)).hasSize(2);
    }

    private static MentorCard card(String id, List<String> expertise, Double rating, int ratingCount, int max,
            int free, boolean available) {
        MentorView view = new MentorView(id, "Mentor " + id, expertise, null, max, max - free, free, available,
                List.of(), rating, ratingCount, ratingCount, Instant.EPOCH);
        Set<String> keys = expertise.stream().map(MentorCard::key).collect(Collectors.toSet());
        return new MentorCard(view, true, 1, keys);
    }
}
