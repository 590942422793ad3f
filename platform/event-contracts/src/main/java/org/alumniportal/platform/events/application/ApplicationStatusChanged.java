package org.alumniportal.platform.events.application;

import org.alumniportal.platform.events.DomainEvent;

/** The poster moved an application along its pipeline (submitted → viewed → shortlisted → …). */
public record ApplicationStatusChanged(String applicationId, String jobId, String applicantId, String posterId,
        String previousStatus, String newStatus, String message) implements DomainEvent {
    public static final String TYPE = "application.status-changed.v1";
}
