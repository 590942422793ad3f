package org.alumniportal.platform.events.job;

import java.time.Instant;
import java.util.List;

import org.alumniportal.platform.events.DomainEvent;

/**
 * A published job was edited by its poster: the whole snapshot after the edit, in the shape of {@link JobPosted}
 * (a separate type so that consumers reacting to new jobs, such as matching alerts, do not fire again).
 * {@code industry} is optional, an {@link org.alumniportal.platform.events.Industry} name.
 */
public record JobUpdated(String jobId, String title, String company, String location, String jobType,
        boolean remote, List<String> skillsRequired, String postedBy, Instant applicationDeadline, String industry)
        implements DomainEvent {
    public static final String TYPE = "job.updated.v1";
}
