package org.alumniportal.job.job;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.alumniportal.job.posting.PostingGate;
import org.alumniportal.platform.events.job.JobClosed;
import org.alumniportal.platform.events.job.JobPosted;
import org.alumniportal.platform.events.job.JobUpdated;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.skills.SkillNormalizer;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * The life of a job: post, read (counting views), revise, close, delete, and the deadline sweep. Every write
 * is followed by {@link JobSaved}/{@link JobRemoved} in-process and, where other services care, an event
 * through the outbox (state first, then the event: a crash in between loses an event, never shows one for
 * a write that did not happen).
 */
@Service
public class JobService {

    public static final String CLOSED_BY_POSTER = "CLOSED_BY_POSTER";
    public static final String DEADLINE = "DEADLINE";
    public static final String DELETED = "DELETED";

    private static final Logger log = LoggerFactory.getLogger(JobService.class);
    private static final List<String> NULLABLE_FIELDS = List.of("location", "experienceRequired", "salaryRange",
            "applyLink", "closedAt", "deletedAt", "industry");

    private final JobRepository jobs;
    private final MongoTemplate mongo;
    private final EventPublisher events;
    private final ApplicationEventPublisher local;
    private final Clock clock;
    private final PostingGate postingGate;

    JobService(JobRepository jobs, MongoTemplate mongo, EventPublisher events, ApplicationEventPublisher local,
            Clock clock, PostingGate postingGate) {
        this.postingGate = postingGate;
        this.jobs = jobs;
        this.mongo = mongo;
        this.events = events;
        this.local = local;
        this.clock = clock;
    }

    Job post(CurrentUser user, JobDetails details) {
        JobPermissions.requireMayPost(user);
        postingGate.requireProof(user);
        Instant now = clock.instant();
        Job job = Job.post(UUID.randomUUID().toString(), details, SkillNormalizer.standard().normalizeAll(details.skillsRequired()),
                user.id(), JobPermissions.posterRoleOf(user), now);
        // The job and its event are written together: no job.posted.v1 is lost to a crash between the two writes.
        events.publishWith(job.getId(), () -> jobs.insert(job), new JobPosted(job.getId(), job.getTitle(),
                job.getCompany(), job.getLocation(), job.getJobType().name(), job.isRemote(), job.getSkillsRequired(),
                job.getPostedBy(), job.getApplicationDeadline(), industryOf(job)));
        local.publishEvent(new JobSaved(job));
        log.info("Job {} posted by {}", job.getId(), job.getPostedBy());
        return job;
    }

    /** The job as anyone signed in sees it; a view by someone other than the poster is counted. */
    Job read(CurrentUser user, String jobId) {
        Job job = require(jobId);
        if (!job.isPostedBy(user.id())) {
            // $inc rather than a save: concurrent readers must not overwrite each other's counts or an edit.
            mongo.updateFirst(query(where("_id").is(jobId)), new Update().inc("views", 1), Job.class);
            job = require(jobId);
        }
        return job;
    }

    Job revise(CurrentUser user, String jobId, JobDetails details) {
        Job job = requirePoster(user, jobId);
        if (job.getStatus() == JobStatus.CLOSED) {
            throw new PortalException(HttpStatus.CONFLICT, "job-closed", "Job is closed",
                    "A closed job cannot be edited.").with("jobId", jobId);
        }
        job.revise(details, SkillNormalizer.standard().normalizeAll(details.skillsRequired()), clock.instant());
        if (!writeIfStillActive(job, updateOf(job))) {
            throw new PortalException(HttpStatus.CONFLICT, "job-closed", "Job is closed",
                    "The job was closed meanwhile; a closed job cannot be edited.").with("jobId", jobId);
        }
        local.publishEvent(new JobSaved(job));
        // After the write, like a close: a crash in between loses the edit's event, never invents one.
        events.publish(jobId, new JobUpdated(job.getId(), job.getTitle(), job.getCompany(), job.getLocation(),
                job.getJobType().name(), job.isRemote(), job.getSkillsRequired(), job.getPostedBy(),
                job.getApplicationDeadline(), industryOf(job)));
        return job;
    }

    private static String industryOf(Job job) {
        return job.getIndustry() == null ? null : job.getIndustry().name();
    }

    Job close(CurrentUser user, String jobId) {
        Job job = requirePoster(user, jobId);
        // The event goes out only if this close changed the job (the guarded write found it still active).
        if (job.close(clock.instant()) && events.publishWhen(jobId, () -> writeIfStillActive(job, closing(job)),
                new JobClosed(jobId, job.getPostedBy(), CLOSED_BY_POSTER))) {
            local.publishEvent(new JobSaved(job));
            log.info("Job {} closed by its poster", jobId);
        }
        return job;
    }

    /** Poster or admin. Soft: applications keep their job; the job is gone from every list and lookup. */
    void delete(CurrentUser user, String jobId) {
        Job job = require(jobId);
        if (!job.isPostedBy(user.id()) && !user.hasRole("ADMIN")) {
            throw JobPermissions.notPoster(jobId);
        }
        boolean wasActive = job.delete(clock.instant()) && events.publishWhen(jobId,
                () -> writeIfStillActive(job, closing(job)), new JobClosed(jobId, job.getPostedBy(), DELETED));
        if (!wasActive) {
            mongo.updateFirst(query(where("_id").is(jobId)), closing(job), Job.class);
        }
        local.publishEvent(new JobRemoved(jobId));
        log.info("Job {} deleted by {}", jobId, user.id());
    }

    /** Closes ACTIVE jobs whose deadline has passed; readers already treat them as closed before this runs. */
    int closeExpired() {
        Instant now = clock.instant();
        int closed = 0;
        for (Job job : mongo.find(query(where("status").is(JobStatus.ACTIVE).and("deletedAt").isNull()
                .and("applicationDeadline").lte(now)), Job.class)) {
            if (job.close(now) && events.publishWhen(job.getId(), () -> writeIfStillActive(job, closing(job)),
                    new JobClosed(job.getId(), job.getPostedBy(), DEADLINE))) {
                local.publishEvent(new JobSaved(job));
                closed++;
            }
        }
        if (closed > 0) {
            log.info("Closed {} jobs past their deadline", closed);
        }
        return closed;
    }

    /** A job that exists and is not deleted, else 404 {@code job-not-found}. */
    public Job require(String jobId) {
        return jobs.findById(jobId).filter(job -> !job.isDeleted())
                .orElseThrow(() -> new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Job not found",
                        "There is no job " + jobId + ".").with("jobId", jobId));
    }

    private Job requirePoster(CurrentUser user, String jobId) {
        Job job = require(jobId);
        if (!job.isPostedBy(user.id())) {
            throw JobPermissions.notPoster(jobId);
        }
        return job;
    }

    /**
     * Applies {@code update} only if the stored job still is ACTIVE: of a poster's close, a delete, an edit and
     * the sweep racing each other, exactly one closing wins (and announces it) and no edit reopens a job.
     */
    private boolean writeIfStillActive(Job job, Update update) {
        return mongo.updateFirst(query(where("_id").is(job.getId()).and("status").is(JobStatus.ACTIVE)), update,
                Job.class).getMatchedCount() > 0;
    }

    /** Only the fields a close or delete changes, so that it never overwrites a concurrent edit. */
    private static Update closing(Job job) {
        Update update = new Update().set("status", job.getStatus()).set("closedAt", job.getClosedAt())
                .set("updatedAt", job.getUpdatedAt());
        return job.getDeletedAt() == null ? update : update.set("deletedAt", job.getDeletedAt());
    }

    /** Every field but {@code views}, which only {@link #read}'s {@code $inc} changes. */
    private Update updateOf(Job job) {
        Document document = new Document();
        mongo.getConverter().write(job, document);
        Update update = new Update();
        document.forEach((field, value) -> {
            if (!field.equals("_id") && !field.equals("views") && !field.equals("_class")) {
                update.set(field, value);
            }
        });
        // The converter leaves out null fields; an edit that clears one must remove it from the stored job.
        for (String nullable : NULLABLE_FIELDS) {
            if (!document.containsKey(nullable)) {
                update.unset(nullable);
            }
        }
        return update;
    }
}
