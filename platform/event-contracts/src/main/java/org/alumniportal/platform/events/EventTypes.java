package org.alumniportal.platform.events;

import java.util.Map;
import java.util.Optional;

import org.alumniportal.platform.events.application.ApplicationStatusChanged;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.application.ApplicationWithdrawn;
import org.alumniportal.platform.events.job.JobClosed;
import org.alumniportal.platform.events.job.JobPosted;
import org.alumniportal.platform.events.profile.ProfileCreated;
import org.alumniportal.platform.events.profile.ProfileDeleted;
import org.alumniportal.platform.events.profile.ProfileRejected;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.alumniportal.platform.events.user.ApiKeyRevoked;
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

    private static final Map<Class<? extends DomainEvent>, Registration> BY_CLASS = Map.ofEntries(
            entry(UserRegistered.class, UserRegistered.TYPE, Topics.USER),
            entry(UserVerified.class, UserVerified.TYPE, Topics.USER),
            entry(UserRoleChanged.class, UserRoleChanged.TYPE, Topics.USER),
            entry(SessionRevoked.class, SessionRevoked.TYPE, Topics.SESSION),
            entry(ApiKeyRevoked.class, ApiKeyRevoked.TYPE, Topics.SESSION),
            entry(ProfileCreated.class, ProfileCreated.TYPE, Topics.PROFILE),
            entry(ProfileUpdated.class, ProfileUpdated.TYPE, Topics.PROFILE),
            entry(ProfileVerified.class, ProfileVerified.TYPE, Topics.PROFILE),
            entry(ProfileRejected.class, ProfileRejected.TYPE, Topics.PROFILE),
            entry(ProfileDeleted.class, ProfileDeleted.TYPE, Topics.PROFILE),
            entry(JobPosted.class, JobPosted.TYPE, Topics.JOB),
            entry(JobClosed.class, JobClosed.TYPE, Topics.JOB),
            entry(ApplicationSubmitted.class, ApplicationSubmitted.TYPE, Topics.APPLICATION),
            entry(ApplicationStatusChanged.class, ApplicationStatusChanged.TYPE, Topics.APPLICATION),
            entry(ApplicationWithdrawn.class, ApplicationWithdrawn.TYPE, Topics.APPLICATION));

    private static Map.Entry<Class<? extends DomainEvent>, Registration> entry(Class<? extends DomainEvent> payload,
            String type, String topic) {
        return Map.entry(payload, new Registration(type, payload, topic));
    }

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
