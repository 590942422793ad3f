package org.alumniportal.job.application;

import org.alumniportal.job.job.Job;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
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
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Role not allowed",
                    job.isAllowAlumniApplicants() ? "Only students and alumni may apply to this job."
                            : "Only students may apply to this job.").with("jobId", job.getId());
        }
    }

    /** Applicant, poster or admin. */
    static boolean mayRead(CurrentUser user, JobApplication application) {
        return application.isApplicant(user.id()) || application.isPoster(user.id()) || user.hasRole("ADMIN");
    }

    /** Someone who may not read the application gets the same 404 as for one that does not exist. */
    static void requireMayRead(CurrentUser user, JobApplication application) {
        if (!mayRead(user, application)) {
            throw notFound(application.getId());
        }
    }

    static PortalException notFound(String applicationId) {
        return new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Application not found",
                "There is no application " + applicationId + ".").with("applicationId", applicationId);
    }

    static void requirePoster(CurrentUser user, JobApplication application) {
        requireMayRead(user, application);
        if (!application.isPoster(user.id())) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not the job's poster",
                    "Only the poster of the job moves its applications.").with("jobId", application.getJobId());
        }
    }

    static void requireApplicant(CurrentUser user, JobApplication application) {
        requireMayRead(user, application);
        if (!application.isApplicant(user.id())) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not the applicant",
                    "Only the applicant may withdraw an application.").with("applicationId", application.getId());
        }
    }
}
