package org.alumniportal.profile.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.alumniportal.profile.profile.Visibility;
import org.alumniportal.profile.search.DirectoryEntry;

class ConnectionScorerTest {

    private final ConnectionScorer scorer = new ConnectionScorer();

    private static DirectoryEntry entry(String company, String location, Integer batch, String... skills) {
        return new DirectoryEntry("id-" + company, "ALUMNI", "Name", null, company, null, location, batch,
                List.of(skills), Visibility.SIGNED_IN, false, null, Instant.EPOCH, 0);
    }

    @Test
    void everySharedTraitAddsPointsAndAReason() {
        DirectoryEntry me = entry("Acme", "Pune", 2019, "Java", "Kafka", "SQL", "Go");
        DirectoryEntry other = entry("acme ", "PUNE", 2019, "SQL", "Kafka", "Java", "Rust");

        ConnectionScorer.Score score = scorer.score(me, other);

        assertThat(score.points()).isEqualTo(3 * 10 + 15 + 8 + 6);
        assertThat(score.reasons()).containsExactly("3 shared skills: Java, Kafka, SQL", "both at acme",
                "both in PUNE", "batch of 2019");
    }

    @Test
    void batchPointsFallWithDistanceAndStopAfterTwoYears() {
        DirectoryEntry me = entry(null, null, 2019);

        assertThat(scorer.score(me, entry(null, null, 2020)).points()).isEqualTo(4);
        assertThat(scorer.score(me, entry(null, null, 2017)).points()).isEqualTo(2);
        assertThat(scorer.score(me, entry(null, null, 2016)).points()).isZero();
        assertThat(scorer.score(me, entry(null, null, 2016)).reasons()).isEmpty();
    }

    @Test
    void oneSharedSkillIsSingularAndMissingFieldsNeverMatch() {
        DirectoryEntry me = entry(null, null, null, "Java");
        DirectoryEntry other = entry(null, null, null, "Java");

        ConnectionScorer.Score score = scorer.score(me, other);

        assertThat(score.points()).isEqualTo(10);
        assertThat(score.reasons()).containsExactly("1 shared skill: Java");
    }

    @Test
    void aCompanyInCommonOutweighsOneSharedSkill() {
        DirectoryEntry me = entry("Acme", null, null, "Java");

        assertThat(scorer.score(me, entry("Acme", null, null)).points())
                .isGreaterThan(scorer.score(me, entry("Globex", null, null, "Java")).points());
    }
}
