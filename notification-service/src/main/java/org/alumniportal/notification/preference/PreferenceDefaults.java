package org.alumniportal.notification.preference;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.alumniportal.notification.notification.NotificationType;

/**
 * What a user gets before choosing: everything in-app; mail for what concerns the account, applications,
 * mentorship and events they signed up for; no mail for job matches and forum replies, which come often and
 * are better read in the app (or in the digest).
 */
final class PreferenceDefaults {

    static final Set<NotificationType> NO_MAIL_BY_DEFAULT = Set.of(NotificationType.JOB_MATCH,
            NotificationType.FORUM_REPLY);

    private PreferenceDefaults() {
    }

    static Channels of(NotificationType type) {
        return new Channels(true, !NO_MAIL_BY_DEFAULT.contains(type));
    }

    static Map<NotificationType, Channels> all() {
        Map<NotificationType, Channels> all = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            all.put(type, of(type));
        }
        return all;
    }
}
