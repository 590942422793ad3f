package org.alumniportal.job.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alumniportal.job.job.JobRepository;
import org.alumniportal.job.testing.JobIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.alumniportal.platform.web.PageResponse;

/** A restarted service lists the same open jobs: the index is rebuilt from the stored jobs. */
class JobIndexRebuildIT extends JobIntegrationTest {

    @Autowired
    JobRepository jobs;

    @Test
    void aFreshIndexRebuiltFromTheRepositoryListsOpenJobsOnly() throws Exception {
        String marker = "Rb" + UUID.randomUUID().toString().replace("-", "");
        String poster = bearer(newId("recruiter"), "RECRUITER");
        Map<String, Object> body = jobBody("Kept", marker);
        String kept = postJob(poster, body);
        String closed = postJob(poster, jobBody("Closed", marker));
        api.post("/api/jobs/" + closed + "/close", null, poster);

        JobIndex restarted = new JobIndex(jobs, clock);
        try {
            restarted.rebuild();
            PageResponse<JobCard> page = restarted.search(new JobFilter(marker, null, List.of("JAVA"), null, null, null), 0, 20);

            assertThat(page.items()).extracting(JobCard::id).containsExactly(kept);
            assertThat(page.totalElements()).isEqualTo(1);
        } finally {
            restarted.close();
        }
    }
}
