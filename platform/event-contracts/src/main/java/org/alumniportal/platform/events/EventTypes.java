package org.alumniportal.platform.events;

import java.util.Map;
import java.util.Optional;

import org.alumniportal.platform.events.user.SessionRevoked;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.events.user.UserVerified;

/**
 * The registry of event type names, their payload records and their topics. A new version of an event is a
 * new record and a new name ({@code .v2}); the old one stays until no producer emits it.
 */
public final class EventTypes {

    public record Registration(String type, Class<? extends DomainEvent> payload, String topic) {
    }

    private static final Map<Class<? extends DomainEvent>, Registration> BY_CLASS = Map.of(
            UserRegistered.class, new Registration(UserRegistered.TYPE, UserRegistered.class, Topics.USER),
            UserVerified.class, new Registration(UserVerified.TYPE, UserVerified.class, Topics.USER),
            UserRoleChanged.class, new Registration(UserRoleChanged.TYPE, UserRoleChanged.class, Topics.USER),
            SessionRevoked.class, new Registration(SessionRevoked.TYPE, SessionRevoked.class, Topics.SESSION));

    private EventTypes() {
    }

    public static Registration of(Class<? extends DomainEvent> payload) {
        Registration registration = BY_CLASS.get(payload);
        if (registration == null) {
            throw new IllegalArgumentException("Unregistered event payload " + payload.getName());
        }
        return registration;
    }

    public static String typeOf(Class<? extends DomainEvent> payload) {
        return of(payload).type();
    }

    public static Optional<Registration> byType(String type) {
        return BY_CLASS.values().stream().filter(r -> r.type().equals(type)).findFirst();
    }
}
