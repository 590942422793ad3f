package org.alumniportal.job.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class JobTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private static Job job(Instant deadline) {
        return Job.post("j1", new JobDetails("Dev", "", "Acme", "Pune", false, JobType.FULL_TIME, null, List.of(),
                null, null, deadline, false), List.of(), "poster", "ALUMNI", NOW);
    }

    @Test
    void aJobPastItsDeadlineCountsAsClosedBeforeAnySweepWritesIt() {
        Job job = job(NOW.plusSeconds(60));

        assertThat(job.isOpenAt(NOW)).isTrue();
        assertThat(job.isOpenAt(NOW.plusSeconds(60))).isFalse();
        assertThat(job.effectiveStatusAt(NOW.plusSeconds(61))).isEqualTo(JobStatus.CLOSED);
        assertThat(job.getStatus()).isEqualTo(JobStatus.ACTIVE);
    }

    @Test
    void closingTwiceReportsOnlyTheFirstAndDeletingAClosedJobIsNotAnotherClose() {
        Job job = job(NOW.plusSeconds(3600));

        assertThat(job.close(NOW)).isTrue();
        assertThat(job.close(NOW)).isFalse();
        assertThat(job.delete(NOW)).isFalse();
        assertThat(job.isDeleted()).isTrue();
        assertThat(job(NOW.plusSeconds(3600)).delete(NOW)).isTrue();
    }
}
