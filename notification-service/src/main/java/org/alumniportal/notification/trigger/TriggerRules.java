package org.alumniportal.notification.trigger;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

import org.alumniportal.notification.notification.NewNotification;
import org.alumniportal.notification.notification.NotificationType;
import org.alumniportal.notification.notification.Priority;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.application.ApplicationStatusChanged;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.community.CommentCreated;
import org.alumniportal.platform.events.community.ContentModerated;
import org.alumniportal.platform.events.community.EventReminder;
import org.alumniportal.platform.events.community.EventWaitlistPromoted;
import org.alumniportal.platform.events.mentorship.MentorshipAccepted;
import org.alumniportal.platform.events.mentorship.MentorshipRejected;
import org.alumniportal.platform.events.mentorship.MentorshipRequested;
import org.alumniportal.platform.events.mentorship.SessionReminder;
import org.alumniportal.platform.events.mentorship.SessionScheduled;
import org.alumniportal.platform.events.profile.ProfileRejected;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.events.user.UserStatusChanged;
import org.alumniportal.platform.messaging.EventEnvelopes;

/**
 * Which event tells whom what (SPEC phase 6). Pure: names come from {@code names} ({@code (userId, fallback)}
 * → display name), so the rules are tested without Spring. JOB_MATCH needs everyone's skills and lives in
 * {@link JobMatches}. Events not listed here notify nobody.
 */
final class TriggerRules {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'",
            Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private final BiFunction<String, String, String> names;

    TriggerRules(BiFunction<String, String, String> names) {
        this.names = names;
    }

    List<NewNotification> notificationsFor(EventEnvelope envelope) {
        Builder b = new Builder(envelope.id());
        switch (envelope.type()) {
            case ProfileVerified.TYPE -> {
                ProfileVerified e = EventEnvelopes.payload(envelope, ProfileVerified.class);
                b.add(e.userId(), NotificationType.PROFILE_VERIFIED, "Your profile is verified",
                        "An admin verified your profile; it now shows the verified badge.", "/profile",
                        Priority.NORMAL, meta("verifiedBy", e.verifiedBy()));
            }
            case ProfileRejected.TYPE -> {
                ProfileRejected e = EventEnvelopes.payload(envelope, ProfileRejected.class);
                b.add(e.userId(), NotificationType.PROFILE_REJECTED,
                        e.wasVerified() ? "Your profile verification was withdrawn"
                                : "Your profile verification was rejected",
                        "Reason: " + orDash(e.reason()), "/profile", Priority.HIGH, meta("reason", e.reason()));
            }
            case MentorshipRequested.TYPE -> {
                MentorshipRequested e = EventEnvelopes.payload(envelope, MentorshipRequested.class);
                String mentee = names.apply(e.menteeId(), "A student");
                b.add(e.mentorId(), NotificationType.MENTORSHIP_REQUESTED, "New mentorship request",
                        mentee + " asked you to be their mentor" + quoted(e.message()),
                        "/mentorship/requests/" + e.requestId(), Priority.NORMAL,
                        meta("requestId", e.requestId(), "menteeId", e.menteeId()));
            }
            case MentorshipAccepted.TYPE -> {
                MentorshipAccepted e = EventEnvelopes.payload(envelope, MentorshipAccepted.class);
                b.add(e.menteeId(), NotificationType.MENTORSHIP_ACCEPTED, "Your mentorship request was accepted",
                        names.apply(e.mentorId(), "Your mentor") + " accepted your request. Say hello and plan a "
                                + "first session.",
                        "/mentorship/" + e.mentorshipId(), Priority.NORMAL,
                        meta("mentorshipId", e.mentorshipId(), "mentorId", e.mentorId()));
            }
            case MentorshipRejected.TYPE -> {
                MentorshipRejected e = EventEnvelopes.payload(envelope, MentorshipRejected.class);
                b.add(e.menteeId(), NotificationType.MENTORSHIP_REJECTED, "Your mentorship request was declined",
                        names.apply(e.mentorId(), "The mentor") + " declined your request. Reason: "
                                + orDash(e.reason()),
                        "/mentors", Priority.NORMAL,
                        meta("requestId", e.requestId(), "mentorId", e.mentorId(), "reason", e.reason()));
            }
            case SessionScheduled.TYPE -> {
                SessionScheduled e = EventEnvelopes.payload(envelope, SessionScheduled.class);
                String link = "/mentorship/" + e.mentorshipId() + "/sessions/" + e.sessionId();
                Map<String, String> meta = meta("sessionId", e.sessionId(), "mentorshipId", e.mentorshipId(),
                        "scheduledAt", String.valueOf(e.scheduledAt()));
                for (String[] pair : List.of(new String[] {e.mentorId(), e.menteeId()},
                        new String[] {e.menteeId(), e.mentorId()})) {
                    if (!Objects.equals(pair[0], e.scheduledBy())) {
                        b.add(pair[0], NotificationType.SESSION_SCHEDULED, "Mentorship session scheduled",
                                "A " + e.durationMinutes() + "-minute session with " + names.apply(pair[1], "your "
                                        + "mentorship partner") + " on " + when(e.scheduledAt()) + ".",
                                link, Priority.NORMAL, meta);
                    }
                }
            }
            case SessionReminder.TYPE -> {
                SessionReminder e = EventEnvelopes.payload(envelope, SessionReminder.class);
                String link = "/mentorship/" + e.mentorshipId() + "/sessions/" + e.sessionId();
                Map<String, String> meta = meta("sessionId", e.sessionId(), "mentorshipId", e.mentorshipId(),
                        "scheduledAt", String.valueOf(e.scheduledAt()));
                b.add(e.mentorId(), NotificationType.SESSION_REMINDER, "Mentorship session soon",
                        "Your session with " + names.apply(e.menteeId(), "your mentee") + " starts "
                                + when(e.scheduledAt()) + ".", link, Priority.HIGH, meta);
                b.add(e.menteeId(), NotificationType.SESSION_REMINDER, "Mentorship session soon",
                        "Your session with " + names.apply(e.mentorId(), "your mentor") + " starts "
                                + when(e.scheduledAt()) + ".", link, Priority.HIGH, meta);
            }
            case ApplicationStatusChanged.TYPE -> {
                ApplicationStatusChanged e = EventEnvelopes.payload(envelope, ApplicationStatusChanged.class);
                String message = "Your application is now " + label(e.newStatus()) + " (was "
                        + label(e.previousStatus()) + ")." + (blank(e.message()) ? "" : " " + e.message().strip());
                b.add(e.applicantId(), NotificationType.APPLICATION_STATUS_CHANGED,
                        "Application update: " + label(e.newStatus()), message, "/applications/" + e.applicationId(),
                        Priority.NORMAL, meta("applicationId", e.applicationId(), "jobId", e.jobId(),
                                "previousStatus", e.previousStatus(), "newStatus", e.newStatus()));
            }
            case ApplicationSubmitted.TYPE -> {
                ApplicationSubmitted e = EventEnvelopes.payload(envelope, ApplicationSubmitted.class);
                b.add(e.posterId(), NotificationType.APPLICATION_RECEIVED,
                        "New application for " + orDefault(e.jobTitle(), "your job"),
                        names.apply(e.applicantId(), "Someone") + " applied to " + orDefault(e.jobTitle(), "your job")
                                + ".",
                        "/jobs/" + e.jobId() + "/applications", Priority.NORMAL,
                        meta("applicationId", e.applicationId(), "jobId", e.jobId(), "applicantId", e.applicantId()));
            }
            case EventReminder.TYPE -> {
                EventReminder e = EventEnvelopes.payload(envelope, EventReminder.class);
                b.add(e.userId(), NotificationType.EVENT_REMINDER, "Reminder: " + e.title() + " starts soon",
                        e.title() + " starts " + when(e.startDate()) + (blank(e.location()) ? "" : " at "
                                + e.location()) + ".",
                        "/events/" + e.eventId(), Priority.HIGH,
                        meta("eventId", e.eventId(), "startDate", String.valueOf(e.startDate())));
            }
            case EventWaitlistPromoted.TYPE -> {
                EventWaitlistPromoted e = EventEnvelopes.payload(envelope, EventWaitlistPromoted.class);
                b.add(e.userId(), NotificationType.EVENT_WAITLIST_PROMOTED, "You're in: " + e.title(),
                        "A place freed up: you are now attending " + e.title() + " on " + when(e.startDate()) + ".",
                        "/events/" + e.eventId(), Priority.HIGH, meta("eventId", e.eventId()));
            }
            case CommentCreated.TYPE -> {
                CommentCreated e = EventEnvelopes.payload(envelope, CommentCreated.class);
                String author = names.apply(e.authorId(), "Someone");
                String link = "/forum/posts/" + e.postId() + "#comment-" + e.commentId();
                Map<String, String> meta = meta("postId", e.postId(), "commentId", e.commentId(),
                        "authorId", e.authorId());
                if (!blank(e.parentCommentAuthorId()) && !e.parentCommentAuthorId().equals(e.authorId())) {
                    b.add(e.parentCommentAuthorId(), NotificationType.FORUM_REPLY, "New reply to your comment",
                            author + " replied to your comment.", link, Priority.LOW, meta);
                }
                if (!blank(e.postAuthorId()) && !e.postAuthorId().equals(e.authorId())) {
                    b.add(e.postAuthorId(), NotificationType.FORUM_REPLY, "New comment on your post",
                            author + " commented on your post.", link, Priority.LOW, meta);
                }
            }
            case ContentModerated.TYPE -> {
                ContentModerated e = EventEnvelopes.payload(envelope, ContentModerated.class);
                if ("REMOVE".equals(e.action())) {
                    b.add(e.authorId(), NotificationType.CONTENT_REMOVED,
                            "Your " + label(e.contentType()) + " was removed",
                            "A moderator removed your " + label(e.contentType()) + ". Reason: " + orDash(e.reason()),
                            "/community/guidelines", Priority.HIGH,
                            meta("contentType", e.contentType(), "contentId", e.contentId(), "reason", e.reason()));
                }
            }
            case UserStatusChanged.TYPE -> {
                UserStatusChanged e = EventEnvelopes.payload(envelope, UserStatusChanged.class);
                if ("SUSPENDED".equals(e.newStatus())) {
                    b.add(e.userId(), NotificationType.ACCOUNT_SUSPENDED, "Your account is suspended",
                            "An admin suspended your account. Reason: " + orDash(e.reason()), "/help/account",
                            Priority.HIGH, meta("reason", e.reason()));
                }
            }
            case UserRoleChanged.TYPE -> {
                UserRoleChanged e = EventEnvelopes.payload(envelope, UserRoleChanged.class);
                b.add(e.userId(), NotificationType.ROLE_CHANGED, "Your role is now " + label(e.newRole()),
                        "An admin changed your role from " + label(e.previousRole()) + " to " + label(e.newRole())
                                + ".", "/profile", Priority.NORMAL,
                        meta("previousRole", e.previousRole(), "newRole", e.newRole()));
            }
            default -> {
                // not a trigger
            }
        }
        return b.result;
    }

    private static final class Builder {
        private final String eventId;
        private final List<NewNotification> result = new ArrayList<>();

        Builder(String eventId) {
            this.eventId = eventId;
        }

        void add(String recipientId, NotificationType type, String title, String message, String link,
                Priority priority, Map<String, String> metadata) {
            // one event gives one person one notification of a type (the first rule that names them wins)
            boolean named = result.stream().anyMatch(n -> n.recipientId().equals(recipientId) && n.type() == type);
            if (!blank(recipientId) && !named) {
                result.add(new NewNotification(eventId, recipientId, type, title, message, link, priority, metadata));
            }
        }
    }

    /** Metadata without the null values (a missing reason is just absent). */
    static Map<String, String> meta(String... keysAndValues) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
            if (keysAndValues[i + 1] != null) {
                meta.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }
        return meta;
    }

    static String when(Instant instant) {
        return instant == null ? "soon" : WHEN.format(instant);
    }

    /** {@code SHORTLISTED} → "shortlisted", {@code POST} → "post". */
    static String label(String constant) {
        return constant == null ? "unknown" : constant.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static String quoted(String message) {
        return blank(message) ? "." : ": \u201c" + message.strip() + "\u201d";
    }

    private static String orDash(String value) {
        return blank(value) ? "none given" : value.strip();
    }

    private static String orDefault(String value, String fallback) {
        return blank(value) ? fallback : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
