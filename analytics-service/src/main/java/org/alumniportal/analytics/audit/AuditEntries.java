package org.alumniportal.analytics.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.admin.SettingsChanged;
import org.alumniportal.platform.events.community.ContentModerated;
import org.alumniportal.platform.events.profile.ProfileRejected;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.alumniportal.platform.events.user.ApiKeyRevoked;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.events.user.UserStatusChanged;
import org.alumniportal.platform.messaging.EventEnvelopes;

/** Which events are admin actions, and how each reads as an audit entry. */
final class AuditEntries {

    /** The actor of an action that names nobody (a role change made by the system, say). */
    static final String SYSTEM = "system";

    private AuditEntries() {
    }

    static Optional<AuditEntry> of(EventEnvelope e) {
        AuditEntry entry = switch (e.type()) {
            case AdminActionRecorded.TYPE -> {
                AdminActionRecorded p = EventEnvelopes.payload(e, AdminActionRecorded.class);
                String id = p.details() != null && p.details().get("sourceEventId") != null
                        ? p.details().get("sourceEventId") : e.id();
                yield new AuditEntry(id, actor(p.actorId()), p.action(), p.targetType(), p.targetId(),
                        p.at() == null ? e.time() : p.at(), p.details(), e.type());
            }
            case ProfileVerified.TYPE -> {
                ProfileVerified p = EventEnvelopes.payload(e, ProfileVerified.class);
                yield entry(e, p.verifiedBy(), "PROFILE_VERIFIED", "PROFILE", p.userId(), Map.of());
            }
            case ProfileRejected.TYPE -> {
                ProfileRejected p = EventEnvelopes.payload(e, ProfileRejected.class);
                yield entry(e, p.rejectedBy(), "PROFILE_REJECTED", "PROFILE", p.userId(),
                        details("reason", p.reason(), "wasVerified", Boolean.toString(p.wasVerified())));
            }
            case UserRoleChanged.TYPE -> {
                UserRoleChanged p = EventEnvelopes.payload(e, UserRoleChanged.class);
                yield entry(e, p.changedBy(), "USER_ROLE_CHANGED", "USER", p.userId(),
                        details("previousRole", p.previousRole(), "newRole", p.newRole()));
            }
            case UserStatusChanged.TYPE -> {
                UserStatusChanged p = EventEnvelopes.payload(e, UserStatusChanged.class);
                yield entry(e, p.changedBy(), "USER_STATUS_CHANGED", "USER", p.userId(),
                        details("previousStatus", p.previousStatus(), "newStatus", p.newStatus(), "reason",
                                p.reason()));
            }
            case ApiKeyRevoked.TYPE -> {
                ApiKeyRevoked p = EventEnvelopes.payload(e, ApiKeyRevoked.class);
                yield entry(e, p.revokedBy(), "API_KEY_REVOKED", "API_KEY", p.keyId(),
                        details("organisation", p.organisation(), "clientId", p.clientId()));
            }
            case ContentModerated.TYPE -> {
                ContentModerated p = EventEnvelopes.payload(e, ContentModerated.class);
                yield entry(e, p.moderatorId(), "CONTENT_MODERATED", p.contentType(), p.contentId(),
                        details("action", p.action(), "reason", p.reason(), "authorId", p.authorId()));
            }
            case SettingsChanged.TYPE -> {
                SettingsChanged p = EventEnvelopes.payload(e, SettingsChanged.class);
                yield entry(e, p.changedBy(), "SETTING_CHANGED", "SETTING", p.key(),
                        details("previousValue", p.previousValue(), "newValue", p.newValue()));
            }
            default -> null;
        };
        return Optional.ofNullable(entry);
    }

    private static AuditEntry entry(EventEnvelope e, String actor, String action, String targetType, String targetId,
            Map<String, String> details) {
        return new AuditEntry(e.id(), actor(actor), action, targetType, targetId, e.time(), details, e.type());
    }

    private static String actor(String id) {
        return id == null || id.isBlank() ? SYSTEM : id;
    }

    /** Pairs of key and value; null values are left out. */
    private static Map<String, String> details(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (pairs[i + 1] != null) {
                map.put(pairs[i], pairs[i + 1]);
            }
        }
        return map;
    }
}
