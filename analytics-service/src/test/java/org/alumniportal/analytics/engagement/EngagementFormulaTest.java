package org.alumniportal.analytics.engagement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class EngagementFormulaTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

    @Test
    void someoneWhoDidNothingScoresZero() {
        EngagementScore.Breakdown score = EngagementFormula.score(new Activity("u").seal(), NOW);

        assertThat(score.score()).isZero();
        assertThat(score.components()).extracting(EngagementScore.Component::name)
                .containsExactly("profile", "mentorship", "applications", "events", "forum", "capsules", "recency");
    }

    @Test
    void everyComponentAtItsCapGivesOneHundred() {
        Activity a = new Activity("u");
        a.completion = 100;
        a.activeMentorships = 3;
        for (int i = 0; i < 5; i++) {
            a.applications.add(NOW.minusSeconds(i));
            a.posts.add(NOW.minusSeconds(i));
        }
        for (int i = 0; i < 3; i++) {
            a.checkIns.add(NOW.minusSeconds(i));
        }
        a.capsules.add(NOW);
        a.capsules.add(NOW);
        a.lastActive = NOW;

        assertThat(EngagementFormula.score(a.seal(), NOW).score()).isEqualTo(100.0);
    }

    @Test
    void theWeightedSumMatchesAHandCalculation() {
        Activity a = new Activity("u");
        a.completion = 50;                       // 20 × 0.5 = 10
        a.applications.add(NOW);                 // 10 × 1/5 = 2
        a.checkIns.add(NOW);                     // 15 × 1/3 = 5 (attended; RSVPs count nothing)
        a.comments.add(NOW);                     // 15 × 1/10 = 1.5
        a.lastActive = NOW.minus(Duration.ofDays(30)); // 10 × 0.5 = 5

        EngagementScore.Breakdown score = EngagementFormula.score(a.seal(), NOW);

        assertThat(score.score()).isEqualTo(23.5);
        assertThat(score.components()).filteredOn(c -> c.name().equals("recency"))
                .singleElement().satisfies(c -> {
                    assertThat(c.value()).isEqualTo(0.5);
                    assertThat(c.basis()).isEqualTo(30);
                });
    }

    @Test
    void recencyHalvesEveryThirtyDays() {
        assertThat(EngagementFormula.recency(NOW, NOW)).isEqualTo(1.0);
        assertThat(EngagementFormula.recency(NOW.minus(Duration.ofDays(60)), NOW)).isEqualTo(0.25);
        assertThat(EngagementFormula.recency(null, NOW)).isZero();
    }

    @Test
    void aBadgeIsDatedByTheEventThatMetItsCriterion() {
        Activity a = new Activity("u");
        Instant first = NOW.minus(Duration.ofDays(10));
        a.checkIns.add(NOW);
        a.checkIns.add(first);
        a.checkIns.add(NOW.minus(Duration.ofDays(5)));
        a.seal();

        assertThat(Badge.EVENT_REGULAR.earnedAt(a)).isEqualTo(NOW);
        assertThat(Badge.MENTOR.earnedAt(a)).isNull();
    }
}
