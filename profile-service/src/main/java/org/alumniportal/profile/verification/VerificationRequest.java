package org.alumniportal.profile.verification;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An open request in the admin queue, one per user. A small collection of its own: the queue is read by paging
 * over it, never by scanning all profiles (the embedded store would scan them all).
 */
@Document("verification_requests")
public record VerificationRequest(@Id String userId, Instant requestedAt) {
}
