package org.alumniportal.platform.events.application;

import org.alumniportal.platform.events.DomainEvent;

/** The applicant withdrew an application. */
public record ApplicationWithdrawn(String applicationId, String jobId, String applicantId, String posterId,
        String previousStatus) implements DomainEvent {
    public static final String TYPE = "application.withdrawn.v1";
}
