package org.alumniportal.analytics.audit;

import java.time.Instant;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One admin action. {@code id} is the id of the event it came from (for an {@code admin.action.v1} that restates a
 * domain event, that event's id from {@code details.sourceEventId}), so both file as one entry.
 */
@Document("audit_log")
public record AuditEntry(@Id String id, String actorId, String action, String targetType, String targetId,
        Instant at, Map<String, String> details, String sourceEvent) {

    public AuditEntry {
        details = details == null ? Map.of() : Map.copyOf(details);
    }
}
