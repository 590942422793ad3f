package org.alumniportal.job.application;

import org.alumniportal.job.job.Job;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.springframework.http.HttpStatus;

/** Who may apply, read, move and withdraw; plain functions so that unit tests pin every rule. */
final class ApplicationPermissions {

    private ApplicationPermissions() {
    }

    /** Students apply; alumni only where the poster allows it; nobody applies to their own job. */
    static void requireMayApply(CurrentUser user, Job job) {
        if (job.isPostedBy(user.id())) {
            throw new PortalException(HttpStatus.FORBIDDEN, "own-job", "Own job",
                    "You cannot apply to a job you posted.").with("jobId", job.getId());
        }
        boolean allowed = user.hasRole("STUDENT") || (user.hasRole("ALUMNI") && job.isAllowAlumniApplicants());
        if (!allowed) {
            throw new PortalException(HttpStatus.FORBIDDEN, "role-not-allowed", "Role not allowed",
                    job.isAllowAlumniApplicants() ? "Only students and alumni may apply to this job."
                            : "Only students may apply to this job.").with("jobId", job.getId());
        }
    }

    /** Applicant, poster or admin. */
    static boolean mayRead(CurrentUser user, JobApplication application) {
        return application.isApplicant(user.id()) || application.isPoster(user.id()) || user.hasRole("ADMIN");
    }

    static void requireMayRead(CurrentUser user, JobApplication application) {
        if (!mayRead(user, application)) {
            throw new PortalException(HttpStatus.FORBIDDEN, "not-application-party", "Not a party to this application",
                    "Only the applicant and the job's poster may see this application.")
                    .with("applicationId", application.getId());
        }
    }

    static void requirePoster(CurrentUser user, JobApplication application) {
        if (!application.isPoster(user.id())) {
            throw new PortalException(HttpStatus.FORBIDDEN, "not-job-poster", "Not the job's poster",
                    "Only the poster of the job moves its applications.").with("jobId", application.getJobId());
        }
    }

    static void requireApplicant(CurrentUser user, JobApplication application) {
        if (!application.isApplicant(user.id())) {
            throw new PortalException(HttpStatus.FORBIDDEN, "not-applicant", "Not the applicant",
                    "Only the applicant may withdraw an application.").with("applicationId", application.getId());
        }
    }
}
