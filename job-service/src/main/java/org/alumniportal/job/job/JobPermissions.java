package org.alumniportal.job.job;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.http.HttpStatus;

/** Who may do what with jobs; the rules are plain functions of the caller so that unit tests pin them. */
public final class JobPermissions {

    private JobPermissions() {
    }

    /** Alumni and recruiters post jobs (and see the recruiter dashboard); students and admins do not. */
    public static boolean mayPost(CurrentUser user) {
        return user.hasRole("ALUMNI") || user.hasRole("RECRUITER");
    }

    public static void requireMayPost(CurrentUser user) {
        if (!mayPost(user)) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Role not allowed",
                    "Only alumni and recruiters post jobs and see the recruiter dashboard.");
        }
    }

    /** RECRUITER wins when a user holds both roles: it is the role the job board shows to applicants. */
    static String posterRoleOf(CurrentUser user) {
        return user.hasRole("RECRUITER") ? "RECRUITER" : "ALUMNI";
    }

    static PortalException notPoster(String jobId) {
        return new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not the job's poster",
                "Only the poster of this job may do that.").with("jobId", jobId);
    }
}
