package org.alumniportal.notification.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.alumniportal.notification.recipient.Recipients;
import org.alumniportal.notification.testing.NotificationIntegrationTest;
import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.application.ApplicationStatusChanged;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.community.CommentCreated;
import org.alumniportal.platform.events.community.ContentLiked;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

/**
 * Every trigger of SPEC phase 6, proven with the event contract's JSON sample (the producers' tests read the
 * same document) with fresh user ids put in: the right person gets a notification of the right type.
 */
class TriggersIT extends NotificationIntegrationTest {

    @Autowired
    Recipients recipients;

    /** One trigger: the sample, which of its members name people, who must get which type, and a text. */
    record Trigger(Class<? extends DomainEvent> event, Map<String, String> extra, List<String> people,
            List<String> notified, String type, String expectedText) {
        @Override
        public String toString() {
            return type + " from " + event.getSimpleName();
        }
    }

    static Stream<Arguments> triggers() {
        return Stream.of(
                new Trigger(ProfileVerified.class, Map.of(), List.of("userId"), List.of("userId"),
                        "PROFILE_VERIFIED", "verified"),
                new Trigger(ProfileRejected.class, Map.of("reason", "Batch year does not match"), List.of("userId"),
                        List.of("userId"), "PROFILE_REJECTED", "Batch year does not match"),
                new Trigger(MentorshipRequested.class, Map.of(), List.of("mentorId", "menteeId"),
                        List.of("mentorId"), "MENTORSHIP_REQUESTED", "Mentee Person"),
                new Trigger(MentorshipAccepted.class, Map.of(), List.of("mentorId", "menteeId"),
                        List.of("menteeId"), "MENTORSHIP_ACCEPTED", "Mentor Person"),
                new Trigger(MentorshipRejected.class, Map.of("reason", "Fully booked"),
                        List.of("mentorId", "menteeId"), List.of("menteeId"), "MENTORSHIP_REJECTED", "Fully booked"),
                new Trigger(SessionReminder.class, Map.of(), List.of("mentorId", "menteeId"),
                        List.of("mentorId", "menteeId"), "SESSION_REMINDER", "starts"),
                new Trigger(ApplicationStatusChanged.class, Map.of("newStatus", "SHORTLISTED"),
                        List.of("applicantId", "posterId"), List.of("applicantId"), "APPLICATION_STATUS_CHANGED",
                        "shortlisted"),
                new Trigger(ApplicationSubmitted.class, Map.of("jobTitle", "Backend Engineer"),
                        List.of("applicantId", "posterId"), List.of("posterId"), "APPLICATION_RECEIVED",
                        "Backend Engineer"),
                new Trigger(EventReminder.class, Map.of("title", "Alumni Meetup 2026"), List.of("userId"),
                        List.of("userId"), "EVENT_REMINDER", "Alumni Meetup 2026"),
                new Trigger(EventWaitlistPromoted.class, Map.of("title", "Hackathon"), List.of("userId"),
                        List.of("userId"), "EVENT_WAITLIST_PROMOTED", "Hackathon"),
                new Trigger(CommentCreated.class, Map.of(),
                        List.of("authorId", "postAuthorId", "parentCommentAuthorId"),
                        List.of("postAuthorId", "parentCommentAuthorId"), "FORUM_REPLY", "Author Person"),
                new Trigger(ContentModerated.class, Map.of("action", "REMOVE", "reason", "Spam"),
                        List.of("authorId", "moderatorId"), List.of("authorId"), "CONTENT_REMOVED", "Spam"),
                new Trigger(UserStatusChanged.class, Map.of("newStatus", "SUSPENDED", "reason", "Abuse"),
                        List.of("userId", "changedBy"), List.of("userId"), "ACCOUNT_SUSPENDED", "Abuse"),
                new Trigger(UserRoleChanged.class, Map.of("previousRole", "STUDENT", "newRole", "ALUMNI"),
                        List.of("userId", "changedBy"), List.of("userId"), "ROLE_CHANGED", "alumni"))
                .map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("triggers")
    void theRightPeopleGetTheRightNotification(Trigger trigger) {
        Map<String, Object> data = new LinkedHashMap<>(trigger.extra());
        Map<String, String> people = new LinkedHashMap<>();
        for (String member : trigger.people()) {
            String role = member.replace("Id", "").replace("parentComment", "").replace("post", "");
            String name = Character.toUpperCase(role.charAt(0)) + role.substring(1) + " Person";
            String userId = knownUser(name);
            people.put(member, userId);
            data.put(member, userId);
        }
        // names come from the read model: wait until it knows everyone involved
        people.values().forEach(this::awaitKnown);

        events.send(trigger.event(), data);

        for (String member : trigger.notified()) {
            JsonNode notification = awaitNotification(people.get(member), trigger.type());
            assertThat(notification.path("title").asString() + " " + notification.path("message").asString())
                    .contains(trigger.expectedText());
            assertThat(notification.path("link").asString()).startsWith("/");
        }
        people.forEach((member, userId) -> {
            if (!trigger.notified().contains(member)) {
                assertThat(api.get("/api/notifications", bearer(userId)).json().path("totalElements").asLong())
                        .as("%s must not be notified", member).isZero();
            }
        });
    }

    @Test
    void aSessionIsAnnouncedToThePersonWhoDidNotScheduleIt() {
        String mentor = knownUser("Mentor Person");
        String mentee = knownUser("Mentee Person");

        events.send(SessionScheduled.class, Map.of("mentorId", mentor, "menteeId", mentee, "scheduledBy", mentor));

        assertThat(awaitNotification(mentee, "SESSION_SCHEDULED").path("message").asString()).contains("minute");
        assertThat(api.get("/api/notifications", bearer(mentor)).json().path("totalElements").asLong()).isZero();
    }

    @Test
    void eventsThatConcernNobodyNotifyNobody() {
        String author = knownUser("Liked Author");
        String liker = knownUser("Liker");
        events.send(ContentLiked.class, Map.of("authorId", author, "userId", liker));
        // a later comment on the same partition (the community samples share their key) shows the like was
        // consumed before we count
        events.send(CommentCreated.class, Map.of("authorId", liker, "postAuthorId", author,
                "parentCommentAuthorId", author));

        awaitNotification(author, "FORUM_REPLY");
        assertThat(api.get("/api/notifications", bearer(author)).json().path("totalElements").asLong()).isEqualTo(1);
        assertThat(api.get("/api/notifications", bearer(liker)).json().path("totalElements").asLong()).isZero();
    }

    private void awaitKnown(String userId) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> recipients.find(userId).isPresent());
    }
}
