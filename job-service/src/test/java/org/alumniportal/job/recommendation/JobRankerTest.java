package org.alumniportal.job.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.alumniportal.job.job.ExperienceRange;
import org.junit.jupiter.api.Test;

class JobRankerTest {

    private final Seeker javaDev = new Seeker("me", Set.of("java", "kafka", "spring boot"), 3, "pune", false,
            Set.of(), false);

    @Test
    void aMatchingJobRanksAboveANonMatchingOne() {
        OpenJob matching = TestJobs.open("matching", List.of("Java", "Kafka"));
        OpenJob other = TestJobs.open("other", List.of("Photoshop", "Illustrator"));

        List<JobRanker.Pick> picks = JobRanker.rank(List.of(other, matching), javaDev, TestJobs.NOW, 10);

        assertThat(picks).extracting(p -> p.job().id()).containsExactly("matching", "other");
        assertThat(picks.get(0).score()).isGreaterThan(picks.get(1).score());
    }

    @Test
    void reasonsNameTheMatchedSkillsTheRemoteFlagAndTheAge() {
        OpenJob job = OpenJob.of(TestJobs.job("j", "x", List.of("Java", "Kafka", "Spring Boot", "SQL", "Docker"),
                "Berlin", true, new ExperienceRange(2, 4), TestJobs.NOW.minus(Duration.ofDays(2))));

        JobRanker.Pick pick = JobRanker.rank(List.of(job), javaDev, TestJobs.NOW, 10).get(0);

        assertThat(pick.reasons()).containsExactly("3 of 5 required skills: Java, Kafka, Spring Boot",
                "fits your 3 years of experience", "remote", "posted 2 days ago");
        assertThat(pick.score()).isBetween(0.0, 1.0);
        assertThat(Math.round(pick.score() * 100) / 100.0).isEqualTo(pick.score());
    }

    @Test
    void appliedOwnAndPastDeadlineJobsAreNeverRecommended() {
        OpenJob applied = TestJobs.open("applied", List.of("Java", "Kafka"));
        OpenJob own = OpenJob.of(TestJobs.job("own", "me", List.of("Java"), "Pune", false, null, TestJobs.NOW));
        OpenJob open = TestJobs.open("open", List.of("Java"));
        Seeker me = new Seeker("me", javaDev.skillKeys(), 3, "pune", false, Set.of("applied"), false);

        assertThat(JobRanker.rank(List.of(applied, own, open), me, TestJobs.NOW, 10))
                .extracting(p -> p.job().id()).containsExactly("open");
        assertThat(JobRanker.rank(List.of(open), me, TestJobs.NOW.plus(Duration.ofDays(31)), 10)).isEmpty();
    }

    @Test
    void remoteOnlyAndAlumniOnlyFilterTheCandidates() {
        OpenJob office = TestJobs.open("office", List.of("Java"));
        OpenJob remote = OpenJob.of(TestJobs.job("remote", "x", List.of("Java"), null, true, null, TestJobs.NOW));

        Seeker remoteOnly = new Seeker("me", javaDev.skillKeys(), 3, null, true, Set.of(), false);
        Seeker alumnus = new Seeker("me", javaDev.skillKeys(), 3, null, false, Set.of(), true);

        assertThat(JobRanker.rank(List.of(office, remote), remoteOnly, TestJobs.NOW, 10))
                .extracting(p -> p.job().id()).containsExactly("remote");
        // TestJobs' postings do not allow alumni applicants
        assertThat(JobRanker.rank(List.of(office, remote), alumnus, TestJobs.NOW, 10)).isEmpty();
    }

    @Test
    void keepsOnlyTheBestLimitInOrderOutOfTwentyThousand() {
        List<OpenJob> jobs = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            jobs.add(TestJobs.open("job-" + i, i % 1000 == 0 ? List.of("Java", "Kafka", "Spring Boot")
                    : List.of("Skill" + (i % 50), "Java")));
        }

        long started = System.nanoTime();
        List<JobRanker.Pick> picks = JobRanker.rank(jobs, javaDev, TestJobs.NOW, 20);
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(picks).hasSize(20);
        assertThat(picks.subList(0, 20)).extracting(p -> p.job().id()).startsWith("job-0", "job-1000");
        assertThat(picks.get(0).score()).isGreaterThanOrEqualTo(picks.get(19).score());
        assertThat(picks.stream().filter(p -> p.score() == 1.0)).hasSize(20);
        assertThat(millis).as("one pass over 20,000 open jobs").isLessThan(1_000);
    }
}
