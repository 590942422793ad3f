package org.alumniportal.job.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;

import org.alumniportal.job.job.Job;
import org.alumniportal.job.job.JobService;
import org.alumniportal.platform.events.application.ApplicationStatusChanged;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.application.ApplicationWithdrawn;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;

/**
 * Applying and the pipeline. Each change and its event are written together ({@code EventPublisher#publishWith}):
 * neither goes without the other.
 * The poster's first {@code GET} of a single application marks it VIEWED (and sets {@code viewedAt});
 * listing a job's applications does not, so a glance at the list is not taken for reading one.
 */
@Service
class ApplicationService {

    private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "appliedAt").and(Sort.by("_id"));
    private static final Logger log = LoggerFactory.getLogger(ApplicationService.class);

    private final ApplicationRepository applications;
    private final JobService jobs;
    private final EventPublisher events;
    private final Clock clock;
    private final CvDownloads downloads;

    ApplicationService(ApplicationRepository applications, JobService jobs, EventPublisher events, Clock clock,
            CvDownloads downloads) {
        this.downloads = downloads;
        this.applications = applications;
        this.jobs = jobs;
        this.events = events;
        this.clock = clock;
    }

    /**
     * @param storeCv stores an uploaded CV under the given application id and returns its metadata; null for
     *                a CV from the profile
     * @param discardCv removes that file again when the application is refused after all (a second apply)
     */
    JobApplication apply(CurrentUser user, String jobId, String coverLetter,
            Function<String, StoredCv> storeCv, Consumer<StoredCv> discardCv) {
        Job job = jobs.require(jobId);
        ApplicationPermissions.requireMayApply(user, job);
        Instant now = clock.instant();
        if (!job.isOpenAt(now)) {
            throw new PortalException(HttpStatus.CONFLICT, "job-closed", "Job closed",
                    "This job no longer takes applications.").with("jobId", jobId);
        }
        // A courtesy check (unique-key lookup, indexed even on the embedded store) so that no CV is stored for
        // nothing; the unique index below is what actually guarantees one application per job and person.
        if (applications.existsByApplicationKey(JobApplication.keyOf(jobId, user.id()))) {
            throw alreadyApplied(jobId);
        }
        String id = UUID.randomUUID().toString();
        StoredCv cv = storeCv == null ? null : storeCv.apply(id);
        JobApplication application = JobApplication.submit(id, jobId, job.getTitle(), job.getCompany(), user.id(),
                job.getPostedBy(), cv == null ? CvSource.PROFILE : CvSource.UPLOAD, cv,
                blankToNull(coverLetter), now);
        try {
            events.publishWith(id, () -> applications.insert(application), new ApplicationSubmitted(id, jobId,
                    job.getTitle(), user.id(), job.getPostedBy(), application.getCvSource().name(), now));
        } catch (DuplicateKeyException raced) {
            if (cv != null) {
                discardCv.accept(cv);
            }
            throw alreadyApplied(jobId);
        }
        log.info("Application {} to job {} submitted", id, jobId);
        return application;
    }

    /** Applicant, poster or admin; nothing is marked (the CV download). */
    JobApplication readable(CurrentUser user, String applicationId) {
        JobApplication application = require(applicationId);
        ApplicationPermissions.requireMayRead(user, application);
        return application;
    }

    /**
     * The application's own uploaded CV: for the applicant, admins, and the poster only while the application
     * stands (a withdrawal ends the poster's access). Every download by someone else is recorded.
     */
    StoredCv cvOf(CurrentUser user, String applicationId) {
        JobApplication application = readable(user, applicationId);
        boolean applicant = application.isApplicant(user.id());
        if (!applicant && !user.hasRole("ADMIN") && application.getStatus() == ApplicationStatus.WITHDRAWN) {
            throw new PortalException(HttpStatus.FORBIDDEN, "cv-access-ended", "CV access ended",
                    "The applicant withdrew this application; its CV is no longer shared with the poster.")
                    .with("applicationId", applicationId);
        }
        StoredCv cv = application.getCvFile();
        if (cv != null && !applicant) {
            downloads.record(application, user.id(), user.hasRole("ADMIN") ? "ADMIN" : "POSTER");
        }
        return cv;
    }

    /** Applicant, poster or admin; the poster's first read marks it VIEWED. */
    JobApplication read(CurrentUser user, String applicationId) {
        JobApplication application = require(applicationId);
        ApplicationPermissions.requireMayRead(user, application);
        if (application.isPoster(user.id()) && application.markViewed(user.id(), clock.instant())) {
            application = saveAnnouncing(application, ApplicationStatus.SUBMITTED, null);
        }
        return application;
    }

    JobApplication changeStatus(CurrentUser user, String applicationId, StatusRequest request) {
        JobApplication application = require(applicationId);
        ApplicationPermissions.requirePoster(user, application);
        if (request.status() == ApplicationStatus.WITHDRAWN) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not the applicant",
                    "Only the applicant may withdraw an application.").with("applicationId", applicationId);
        }
        ApplicationStatus previous = application.moveTo(request.status(), blankToNull(request.message()), user.id(),
                clock.instant());
        return saveAnnouncing(application, previous, blankToNull(request.message()));
    }

    JobApplication withdraw(CurrentUser user, String applicationId) {
        JobApplication application = require(applicationId);
        ApplicationPermissions.requireApplicant(user, application);
        ApplicationStatus previous = application.moveTo(ApplicationStatus.WITHDRAWN, null, user.id(), clock.instant());
        return events.publishWith(applicationId, () -> save(application), new ApplicationWithdrawn(applicationId,
                application.getJobId(), application.getApplicantId(), application.getPosterId(), previous.name()));
    }

    PageResponse<ApplicationView> mine(CurrentUser user, int page, int size) {
        return PageResponse.of(applications.findByApplicantId(user.id(), pageRequest(page, size)), ApplicationView::of);
    }

    /** Poster only (a deleted job's applications stay reachable one by one, not through this list). */
    PageResponse<ApplicationView> forJob(CurrentUser user, String jobId, ApplicationStatus status, int page, int size) {
        Job job = jobs.require(jobId);
        if (!job.isPostedBy(user.id())) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not the job's poster",
                    "Only the poster of this job sees its applications.").with("jobId", jobId);
        }
        PageRequest pageRequest = pageRequest(page, size);
        return PageResponse.of(status == null ? applications.findByJobId(jobId, pageRequest)
                : applications.findByJobIdAndStatus(jobId, status, pageRequest), ApplicationView::of);
    }

    JobApplication require(String applicationId) {
        return applications.findById(applicationId)
                .orElseThrow(() -> ApplicationPermissions.notFound(applicationId));
    }

    private JobApplication save(JobApplication application) {
        try {
            return applications.save(application);
        } catch (OptimisticLockingFailureException e) {
            throw new PortalException(HttpStatus.CONFLICT, Problems.CONCURRENT_UPDATE, "Changed meanwhile",
                    "The application was changed by someone else; reload and try again.")
                    .with("applicationId", application.getId());
        }
    }

    /** Saves a status change together with its {@code application.status-changed.v1}. */
    private JobApplication saveAnnouncing(JobApplication application, ApplicationStatus previous, String message) {
        return events.publishWith(application.getId(), () -> save(application), new ApplicationStatusChanged(
                application.getId(), application.getJobId(), application.getApplicantId(), application.getPosterId(),
                previous.name(), application.getStatus().name(), message));
    }

    private static PortalException alreadyApplied(String jobId) {
        return new PortalException(HttpStatus.CONFLICT, "already-applied", "Already applied",
                "You have already applied to this job.").with("jobId", jobId);
    }

    private static PageRequest pageRequest(int page, int size) {
        return PageRequest.of(Paging.page(page), Paging.size(size), NEWEST_FIRST);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
