package org.alumniportal.notification.preference;

import java.util.EnumMap;
import java.util.Map;

import org.alumniportal.notification.notification.NotificationType;

/** Every type with its effective channels (stored or default). */
record PreferencesView(boolean emailEnabled, boolean pushEnabled, Digest digest,
        Map<NotificationType, Channels> types) {

    static PreferencesView of(Preference preference) {
        Map<NotificationType, Channels> types = new EnumMap<>(NotificationType.class);
        for (NotificationType type : NotificationType.values()) {
            types.put(type, preference.channels(type));
        }
        return new PreferencesView(preference.isEmailEnabled(), preference.isPushEnabled(),
                preference.getDigest() == null ? Digest.OFF : preference.getDigest(), types);
    }
}
