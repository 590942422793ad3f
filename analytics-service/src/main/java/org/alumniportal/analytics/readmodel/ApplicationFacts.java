package org.alumniportal.analytics.readmodel;

import java.time.Instant;

/** A job application; {@code statusAt} orders status events so the newest one wins whatever the delivery order. */
public record ApplicationFacts(String applicationId, String jobId, String applicantId, String status,
        Instant submittedAt, Instant statusAt) {
}
