package org.alumniportal.platform.events;

import java.util.Map;
import java.util.Optional;

import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.admin.SettingsChanged;
import org.alumniportal.platform.events.application.ApplicationStatusChanged;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.application.ApplicationWithdrawn;
import org.alumniportal.platform.events.community.CapsuleCreated;
import org.alumniportal.platform.events.community.CommentCreated;
import org.alumniportal.platform.events.community.ContentFlagged;
import org.alumniportal.platform.events.community.ContentLiked;
import org.alumniportal.platform.events.community.ContentModerated;
import org.alumniportal.platform.events.community.EventCancelled;
import org.alumniportal.platform.events.community.EventCheckedIn;
import org.alumniportal.platform.events.community.EventCreated;
import org.alumniportal.platform.events.community.EventReminder;
import org.alumniportal.platform.events.community.EventRsvp;
import org.alumniportal.platform.events.community.EventUpdated;
import org.alumniportal.platform.events.community.EventWaitlistPromoted;
import org.alumniportal.platform.events.community.PostCreated;
import org.alumniportal.platform.events.job.JobClosed;
import org.alumniportal.platform.events.job.JobPosted;
import org.alumniportal.platform.events.job.JobUpdated;
import org.alumniportal.platform.events.mentorship.MentorRegistered;
import org.alumniportal.platform.events.mentorship.MentorshipAccepted;
import org.alumniportal.platform.events.mentorship.MentorshipEnded;
import org.alumniportal.platform.events.mentorship.MentorshipRejected;
import org.alumniportal.platform.events.mentorship.MentorshipRequested;
import org.alumniportal.platform.events.mentorship.SessionCancelled;
import org.alumniportal.platform.events.mentorship.SessionCompleted;
import org.alumniportal.platform.events.mentorship.SessionFeedbackGiven;
import org.alumniportal.platform.events.mentorship.SessionReminder;
import org.alumniportal.platform.events.mentorship.SessionScheduled;
import org.alumniportal.platform.events.profile.ProfileCreated;
import org.alumniportal.platform.events.profile.ProfileDeleted;
import org.alumniportal.platform.events.profile.ProfileRejected;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.alumniportal.platform.events.user.ApiKeyRevoked;
import org.alumniportal.platform.events.user.SessionRevoked;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.events.user.UserStatusChanged;
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
            entry(JobUpdated.class, JobUpdated.TYPE, Topics.JOB),
            entry(JobClosed.class, JobClosed.TYPE, Topics.JOB),
            entry(ApplicationSubmitted.class, ApplicationSubmitted.TYPE, Topics.APPLICATION),
            entry(ApplicationStatusChanged.class, ApplicationStatusChanged.TYPE, Topics.APPLICATION),
            entry(ApplicationWithdrawn.class, ApplicationWithdrawn.TYPE, Topics.APPLICATION),
entry(MentorRegistered.class, MentorRegistered.TYPE, Topics.MENTORSHIP),
            entry(MentorshipRequested.class, MentorshipRequested.TYPE, Topics.MENTORSHIP),
            entry(MentorshipAccepted.class, MentorshipAccepted.TYPE, Topics.MENTORSHIP),
            entry(MentorshipRejected.class, MentorshipRejected.TYPE, Topics.MENTORSHIP),
            entry(MentorshipEnded.class, MentorshipEnded.TYPE, Topics.MENTORSHIP),
            entry(SessionScheduled.class, SessionScheduled.TYPE, Topics.MENTORSHIP),
            entry(SessionCancelled.class, SessionCancelled.TYPE, Topics.MENTORSHIP),
            entry(SessionCompleted.class, SessionCompleted.TYPE, Topics.MENTORSHIP),
            entry(SessionFeedbackGiven.class, SessionFeedbackGiven.TYPE, Topics.MENTORSHIP),
            entry(SessionReminder.class, SessionReminder.TYPE, Topics.MENTORSHIP),
            entry(EventCreated.class, EventCreated.TYPE, Topics.COMMUNITY),
            entry(EventUpdated.class, EventUpdated.TYPE, Topics.COMMUNITY),
            entry(EventCancelled.class, EventCancelled.TYPE, Topics.COMMUNITY),
            entry(EventRsvp.class, EventRsvp.TYPE, Topics.COMMUNITY),
            entry(EventWaitlistPromoted.class, EventWaitlistPromoted.TYPE, Topics.COMMUNITY),
            entry(EventReminder.class, EventReminder.TYPE, Topics.COMMUNITY),
            entry(EventCheckedIn.class, EventCheckedIn.TYPE, Topics.COMMUNITY),
            entry(PostCreated.class, PostCreated.TYPE, Topics.COMMUNITY),
            entry(CommentCreated.class, CommentCreated.TYPE, Topics.COMMUNITY),
            entry(ContentLiked.class, ContentLiked.TYPE, Topics.COMMUNITY),
            entry(ContentFlagged.class, ContentFlagged.TYPE, Topics.COMMUNITY),
            entry(ContentModerated.class, ContentModerated.TYPE, Topics.COMMUNITY),
            entry(CapsuleCreated.class, CapsuleCreated.TYPE, Topics.COMMUNITY),
            entry(UserStatusChanged.class, UserStatusChanged.TYPE, Topics.USER),
            entry(SettingsChanged.class, SettingsChanged.TYPE, Topics.ADMIN),
            entry(AdminActionRecorded.class, AdminActionRecorded.TYPE, Topics.ADMIN));

    private static Map.Entry<Class<? extends DomainEvent>, Registration> entry(Class<? extends DomainEvent> payload,
            String type, String topic) {
        return Map.entry(payload, new Registration(type, payload, topic));
    }

    private EventTypes() {
    }

    /** Every registered event type, for tests and consumers that handle them all. */
    public static java.util.Collection<Registration> all() {
        return BY_CLASS.values();
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
