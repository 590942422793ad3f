package org.alumniportal.job.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.alumniportal.job.job.Job;
import org.alumniportal.job.job.JobRemoved;
import org.alumniportal.job.job.JobSaved;
import org.junit.jupiter.api.Test;

class ActiveJobsTest {

    private final ActiveJobs view = new ActiveJobs(null);

    @Test
    void closedAndDeletedJobsLeaveTheView() {
        Job closing = TestJobs.job("closing", "r", List.of("Java"), "Pune", false, null, TestJobs.NOW);
        Job deleted = TestJobs.job("deleted", "r", List.of("Java"), "Pune", false, null, TestJobs.NOW);
        Job open = TestJobs.job("open", "r", List.of("Java"), "Pune", false, null, TestJobs.NOW);
        view.on(new JobSaved(closing));
        view.on(new JobSaved(deleted));
        view.on(new JobSaved(open));

        closing.close(TestJobs.NOW);
        view.on(new JobSaved(closing));
        view.on(new JobRemoved("deleted"));

        assertThat(view.all()).extracting(OpenJob::id).containsExactly("open");
    }
}
