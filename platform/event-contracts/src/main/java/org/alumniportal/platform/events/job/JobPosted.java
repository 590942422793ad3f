package org.alumniportal.platform.events.job;

import java.time.Instant;
import java.util.List;

import org.alumniportal.platform.events.DomainEvent;

/** A job was published; skills are normalised so that consumers can match them against profiles. */
public record JobPosted(String jobId, String title, String company, String location, String jobType,
        boolean remote, List<String> skillsRequired, String postedBy, Instant applicationDeadline)
        implements DomainEvent {
    public static final String TYPE = "job.posted.v1";
}
