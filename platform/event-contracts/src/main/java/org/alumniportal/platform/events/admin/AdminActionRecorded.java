package org.alumniportal.platform.events.admin;

import java.time.Instant;
import java.util.Map;

import org.alumniportal.platform.events.DomainEvent;

/**
 * One entry of the audit log: every admin action of every service is also announced this way, with who did what
 * to what.
 */
public record AdminActionRecorded(String actorId, String action, String targetType, String targetId,
        Instant at, Map<String, String> details) implements DomainEvent {
    public static final String TYPE = "admin.action.v1";
}
