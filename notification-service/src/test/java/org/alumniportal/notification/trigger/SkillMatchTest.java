package org.alumniportal.notification.trigger;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SkillMatchTest {

    @Test
    void halfOfTheRequiredSkillsRoundedUpIsAMatch() {
        assertThat(SkillMatch.matching(List.of("Java", "Spring Boot"), List.of("Java"), 0.5)).containsExactly("Java");
        assertThat(SkillMatch.matching(List.of("Java", "Spring Boot", "Kafka"), List.of("Java"), 0.5)).isEmpty();
        assertThat(SkillMatch.matching(List.of("Java", "Spring Boot", "Kafka"), List.of("Kafka", "Java", "Go"), 0.5))
                .containsExactly("Java", "Kafka");
    }

    @Test
    void aJobWithoutSkillsOrAUserWithoutCommonSkillsNeverMatches() {
        assertThat(SkillMatch.matching(List.of(), List.of("Java"), 0.5)).isEmpty();
        assertThat(SkillMatch.matching(List.of("Java"), List.of("Python"), 0.5)).isEmpty();
        assertThat(SkillMatch.matching(List.of("Java", "Go"), List.of("Python"), 0.0)).isEmpty();
    }
}
