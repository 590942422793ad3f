package org.alumniportal.platform.events.job;

import org.alumniportal.platform.events.DomainEvent;

/** A job stopped taking applications: closed by its poster, past its deadline, or deleted ({@code reason}). */
public record JobClosed(String jobId, String postedBy, String reason) implements DomainEvent {
    public static final String TYPE = "job.closed.v1";
}
