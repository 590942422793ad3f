package org.alumniportal.job.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.alumniportal.job.job.ExperienceRange;
import org.junit.jupiter.api.Test;

class JobScorerTest {

    private static Seeker seeker(Set<String> skills, Integer years, String location) {
        return new Seeker("me", skills, years, OpenJob.locationKey(location), false, Set.of(), false);
    }

    @Test
    void cosineOfBinarySkillVectorsIsSharedOverRootOfTheSizes() {
        assertThat(JobScorer.cosine(Set.of("java", "kafka"), Set.of("java", "kafka"))).isEqualTo(1.0);
        assertThat(JobScorer.cosine(Set.of("java"), Set.of("python"))).isEqualTo(0.0);
        // 2 shared of 4 and 2: 2 / sqrt(8)
        assertThat(JobScorer.cosine(Set.of("java", "kafka", "sql", "git"), Set.of("java", "kafka")))
                .isCloseTo(2 / Math.sqrt(8), within(1e-9)).isCloseTo(0.7071, within(1e-4));
        assertThat(JobScorer.cosine(Set.of("java", "kafka", "sql"), Set.of("java", "go")))
                .isCloseTo(1 / Math.sqrt(6), within(1e-9));
        assertThat(JobScorer.cosine(Set.of(), Set.of("java"))).isEqualTo(0.0);
    }

    @Test
    void aFullyMatchingFreshJobInMyCityScoresOne() {
        OpenJob job = TestJobs.open("j1", List.of("Java", "Kafka"));

        JobScorer.Score score = JobScorer.score(seeker(Set.of("java", "kafka"), 3, "Pune"), job, TestJobs.NOW);

        assertThat(score.total()).isCloseTo(1.0, within(1e-9));
        assertThat(score.matchedSkills()).isEqualTo(2);
    }

    @Test
    void theWeightsAddUpToTheDocumentedFormula() {
        OpenJob job = TestJobs.open("j1", List.of("Java", "Kafka", "SQL", "Git"));
        Seeker me = seeker(Set.of("java", "kafka"), null, "Mumbai");

        JobScorer.Score score = JobScorer.score(me, job, TestJobs.NOW.plus(Duration.ofDays(14)));

        // skills 2/sqrt(8), experience unknown 0.5, other city 0, one half-life old 0.5
        assertThat(score.total()).isCloseTo(0.55 * 2 / Math.sqrt(8) + 0.20 * 0.5 + 0 + 0.10 * 0.5, within(1e-9));
    }

    @Test
    void experienceFitsInsideTheRangeAndFallsOffOutside() {
        ExperienceRange oneToFive = new ExperienceRange(1, 5);
        assertThat(JobScorer.experienceFit(3, oneToFive)).isEqualTo(1.0);
        assertThat(JobScorer.experienceFit(0, oneToFive)).isEqualTo(0.75);
        assertThat(JobScorer.experienceFit(8, oneToFive)).isCloseTo(0.7, within(1e-9));
        assertThat(JobScorer.experienceFit(null, oneToFive)).isEqualTo(0.5);
        assertThat(JobScorer.experienceFit(0, null)).isEqualTo(1.0);
        assertThat(JobScorer.experienceFit(0, new ExperienceRange(10, null))).isEqualTo(0.0);
    }

    @Test
    void remoteJobsSuitEveryLocationAndCitiesMatchEitherWayRound() {
        OpenJob remote = OpenJob.of(TestJobs.job("r", "x", List.of(), "Berlin", true, null, TestJobs.NOW));
        OpenJob pune = OpenJob.of(TestJobs.job("p", "x", List.of(), "Pune, India", false, null, TestJobs.NOW));

        assertThat(JobScorer.locationFit("chennai", remote)).isEqualTo(1.0);
        assertThat(JobScorer.locationFit("pune", pune)).isEqualTo(1.0);
        assertThat(JobScorer.locationFit("chennai", pune)).isEqualTo(0.0);
        assertThat(JobScorer.locationFit(null, pune)).isEqualTo(0.5);
    }

    @Test
    void recencyHalvesEveryFourteenDays() {
        assertThat(JobScorer.recency(TestJobs.NOW, TestJobs.NOW)).isEqualTo(1.0);
        assertThat(JobScorer.recency(TestJobs.NOW, TestJobs.NOW.plus(Duration.ofDays(28)))).isCloseTo(0.25, within(1e-9));
    }
}
