package org.alumniportal.platform.events.job;

import java.time.Instant;
import java.util.List;

import org.alumniportal.platform.events.DomainEvent;

/**
 * A job was published; skills are normalised so that consumers can match them against profiles.
 *
 * <p>{@code industry} (optional, an {@link org.alumniportal.platform.events.Industry} name) was added later: an
 * event without it reads as no industry, and the shorter constructor keeps producers that do not send it compiling.
 */
public record JobPosted(String jobId, String title, String company, String location, String jobType,
        boolean remote, List<String> skillsRequired, String postedBy, Instant applicationDeadline, String industry)
        implements DomainEvent {
    public static final String TYPE = "job.posted.v1";

    public JobPosted(String jobId, String title, String company, String location, String jobType, boolean remote,
            List<String> skillsRequired, String postedBy, Instant applicationDeadline) {
        this(jobId, title, company, location, jobType, remote, skillsRequired, postedBy, applicationDeadline, null);
    }
}
