package org.alumniportal.platform.events.admin;

import org.alumniportal.platform.events.DomainEvent;

/** An admin changed a platform setting; services that use it apply the new value without a restart. */
public record SettingsChanged(String key, String previousValue, String newValue, String changedBy)
        implements DomainEvent {
    public static final String TYPE = "settings.changed.v1";
}
