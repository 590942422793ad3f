package org.alumniportal.community.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class RankingTest {

    @Test
    void skillsAreFoundAsWordsNotAsParts() {
        assertThat(Ranking.skillsIn(List.of("Java", "Go", "Spring Boot", "C++"),
                "workshop a javascript evening: spring boot and c++ for good measure"))
                .containsExactly("Spring Boot", "C++");
    }

    @Test
    void skillsMatchTagsInTagForm() {
        assertThat(Ranking.skillsInTags(List.of("Spring Boot", "Java"), List.of("spring-boot", "career")))
                .containsExactly("Spring Boot");
    }

    @Test
    void neighboursWeighByTheItemsTheyShare() {
        Neighbours neighbours = new Neighbours("me", Map.of(
                "me", Set.of("E:1", "E:2", "P:9"),
                "close", Set.of("E:1", "E:2", "E:3"),
                "far", Set.of("P:9", "E:3", "E:4"),
                "stranger", Set.of("E:4", "E:5")));

        assertThat(neighbours.signalFor("E:3")).isEqualTo(new Neighbours.Signal(3, 2));
        assertThat(neighbours.signalFor("E:4")).isEqualTo(new Neighbours.Signal(1, 1));
        assertThat(neighbours.signalFor("E:5")).isEqualTo(new Neighbours.Signal(0, 0));
    }

    @Test
    void theScoreAddsSkillsNeighboursAndFreshnessWithAReasonForEach() {
        Scored scored = Ranking.score("x", List.of("Java"), new Neighbours.Signal(3, 2), 0.5);

        assertThat(scored.score()).isEqualTo(2 + 3 + 0.5);
        assertThat(scored.reasons()).containsExactly("Matches your skills: Java",
                "2 people who share your events or likes engaged with it");
    }

    @Test
    void freshnessHalvesEveryWeek() {
        Instant now = Instant.parse("2026-12-01T00:00:00Z");

        assertThat(Ranking.freshness(now, now)).isEqualTo(0.5);
        assertThat(Ranking.freshness(now.minus(Duration.ofDays(7)), now)).isCloseTo(0.25, within(1e-9));
    }
}
