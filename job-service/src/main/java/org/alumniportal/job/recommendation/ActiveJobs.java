package org.alumniportal.job.recommendation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

import org.alumniportal.job.job.Job;
import org.alumniportal.job.job.JobRemoved;
import org.alumniportal.job.job.JobRepository;
import org.alumniportal.job.job.JobSaved;
import org.alumniportal.job.job.JobStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * ACTIVE, undeleted jobs in memory, by id: recommendations score every open job per request, which must not
 * be a collection scan of the embedded store. Kept in step with {@link JobSaved}/{@link JobRemoved} and
 * rebuilt from the repository at start-up; deadlines are checked when scoring, so a job past its deadline
 * drops out before the sweep closes it.
 */
@Component
class ActiveJobs {

    private static final Logger log = LoggerFactory.getLogger(ActiveJobs.class);

    private final JobRepository jobs;
    private final Map<String, OpenJob> open = new ConcurrentHashMap<>();
    /** Bumped after every change of {@code open}; a snapshot of an older version is copied again. */
    private final AtomicLong version = new AtomicLong();
    private volatile Snapshot snapshot = new Snapshot(-1, List.of());

    /** Every request scans all open jobs: a plain list iterates several times faster than the map. */
    private record Snapshot(long version, List<OpenJob> jobs) {
    }

    ActiveJobs(JobRepository jobs) {
        this.jobs = jobs;
    }

    @EventListener(ApplicationStartedEvent.class)
    void rebuild() {
        long started = System.nanoTime();
        int[] seen = {0};
        try (Stream<Job> all = jobs.streamAll()) {
            all.forEach(job -> {
                put(job);
                seen[0]++;
            });
        }
        log.info("Recommendation view rebuilt from {} jobs in {} ms ({} active)", seen[0],
                (System.nanoTime() - started) / 1_000_000, open.size());
    }

    @EventListener
    void on(JobSaved saved) {
        put(saved.job());
    }

    @EventListener
    void on(JobRemoved removed) {
        open.remove(removed.jobId());
        version.incrementAndGet();
    }

    /** The open jobs as of the latest change (copied once per change, then shared by all readers). */
    List<OpenJob> all() {
        long current = version.get();
        Snapshot latest = snapshot;
        if (latest.version() == current) {
            return latest.jobs();
        }
        List<OpenJob> copy = List.copyOf(open.values());
        snapshot = new Snapshot(current, copy);
        return copy;
    }

    int size() {
        return open.size();
    }

    private void put(Job job) {
        if (job.isDeleted() || job.getStatus() != JobStatus.ACTIVE) {
            open.remove(job.getId());
            version.incrementAndGet();
            return;
        }
        OpenJob incoming = OpenJob.of(job);
        // The start-up stream may read a job just before an edit whose JobSaved arrives first: keep the newer.
        open.merge(job.getId(), incoming, (current, next) -> current.updatedAt() != null && next.updatedAt() != null
                && current.updatedAt().isAfter(next.updatedAt()) ? current : next);
        version.incrementAndGet();
    }
}
