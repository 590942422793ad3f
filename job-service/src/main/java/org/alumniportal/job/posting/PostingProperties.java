package org.alumniportal.job.posting;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Starting values of the two admin settings posting depends on; a {@code settings.changed.v1} for the same key
 * replaces them without a restart.
 *
 * @param trustedDomains e-mail domains whose RECRUITER accounts post without an admin's approval
 *                       (setting {@code recruiters.trustedDomains})
 * @param unverifiedAlumniMayPost whether ALUMNI whose profile is not verified may post
 *                                (setting {@code jobs.unverifiedAlumniMayPost})
 */
@ConfigurationProperties("portal.jobs.posting")
record PostingProperties(@DefaultValue List<String> trustedDomains,
        @DefaultValue("false") boolean unverifiedAlumniMayPost) {
}
