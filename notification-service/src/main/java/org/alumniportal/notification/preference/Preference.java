package org.alumniportal.notification.preference;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.alumniportal.notification.notification.NotificationType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A user's stored choices, keyed by the user id. Only types the user set are stored; the others follow
 * {@link PreferenceDefaults}, so a new type gets its default for everyone without a migration.
 */
@Document("preferences")
class Preference {

    @Id
    private String userId;
    private boolean emailEnabled = true;
    private boolean pushEnabled = true;
    private Digest digest = Digest.OFF;
    private Map<String, Channels> types = new HashMap<>();
    private Instant updatedAt;

    Preference() {
    }

    Preference(String userId) {
        this.userId = userId;
    }

    String getUserId() {
        return userId;
    }

    boolean isEmailEnabled() {
        return emailEnabled;
    }

    boolean isPushEnabled() {
        return pushEnabled;
    }

    Digest getDigest() {
        return digest;
    }

    Channels channels(NotificationType type) {
        Channels set = types == null ? null : types.get(type.name());
        return set == null ? PreferenceDefaults.of(type) : set;
    }
}
