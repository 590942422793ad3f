package org.alumniportal.job.job;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Writes CLOSED onto jobs past their deadline and announces it (job.closed, reason DEADLINE). Readers do not
 * wait for it: {@link Job#isOpenAt} already treats such jobs as closed.
 */
@Component
class JobDeadlineSweep {

    private static final Logger log = LoggerFactory.getLogger(JobDeadlineSweep.class);

    private final JobService jobs;

    JobDeadlineSweep(JobService jobs) {
        this.jobs = jobs;
    }

    @Scheduled(initialDelayString = "${portal.jobs.deadline-sweep:PT1M}", fixedDelayString = "${portal.jobs.deadline-sweep:PT1M}")
    void closeExpiredJobs() {
        try {
            jobs.closeExpired();
        } catch (RuntimeException e) {
            // The next run retries; an unavailable store must not kill the scheduler thread.
            log.warn("Deadline sweep failed: {}", e.toString());
        }
    }
}
