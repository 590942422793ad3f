package org.alumniportal.profile.verification;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One step of a profile's verification history, written after the profile change it records.
 *
 * @param action REQUESTED, VERIFIED, REJECTED or WITHDRAWN (a rejection of a verified profile)
 * @param actorId the owner for REQUESTED, otherwise the admin
 */
@Document("verification_audit")
public record VerificationAuditEntry(@Id String id, String userId, String action, String actorId, String reason,
        String previousStatus, String newStatus, Instant at) {
}
