package org.alumniportal.platform.events.application;

import java.time.Instant;

import org.alumniportal.platform.events.DomainEvent;

/**
 * Someone applied to a job. {@code posterId} lets profile-service grant the poster read access to the
 * applicant's CV; {@code cvSource} is {@code PROFILE} or {@code UPLOAD}.
 */
public record ApplicationSubmitted(String applicationId, String jobId, String jobTitle, String applicantId,
        String posterId, String cvSource, Instant submittedAt) implements DomainEvent {
    public static final String TYPE = "application.submitted.v1";
}
