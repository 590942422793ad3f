package org.alumniportal.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.alumniportal.localstack.mail.CaughtMail;
import org.alumniportal.notification.notification.NewNotification;
import org.alumniportal.notification.notification.NotificationType;
import org.alumniportal.notification.notification.Notifications;
import org.alumniportal.notification.notification.Priority;
import org.alumniportal.notification.preference.Digest;
import org.alumniportal.notification.recipient.Recipients;
import org.alumniportal.notification.testing.NotificationIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DigestIT extends NotificationIntegrationTest {

    @Autowired
    Digests digests;

    @Autowired
    Notifications notifications;

    @Autowired
    Recipients recipients;

    private String subscriber(String name, String digest) {
        String user = knownUser(name);
        api.put("/api/notifications/preferences", Map.of("digest", digest), bearer(user));
        await().atMost(Duration.ofSeconds(20)).until(() -> recipients.find(user).isPresent());
        return user;
    }

    private void notify(String user, NotificationType type, String title) {
        notifications.create(new NewNotification(UUID.randomUUID().toString(), user, type, title, "details of " + title,
                "/jobs/42", Priority.LOW, Map.of()));
    }

    @Test
    void aDailySubscriberGetsOneDigestOfTheirDayAndASecondRunSendsNothing() {
        String user = subscriber("Digest Reader", "DAILY");
        notify(user, NotificationType.JOB_MATCH, "Kotlin Developer at Acme");
        notify(user, NotificationType.FORUM_REPLY, "New reply to your comment");
        notify(user, NotificationType.ROLE_CHANGED, "Not digest material");
        DigestPeriod today = DigestPeriod.ending(Digest.DAILY, clock.instant().plus(Duration.ofDays(1)));

        digests.send(today);
        CaughtMail digest = awaitMail(emailOf(user), m -> m.subject().contains("Your day"));
        digests.send(today);

        assertThat(digest.subject()).isEqualTo("Alumni Portal: Your day");
        assertThat(digest.text()).contains("Hello Digest Reader", "New jobs matching your skills",
                "Kotlin Developer at Acme", "http://portal.test/jobs/42", "Replies in the forum")
                .doesNotContain("Not digest material");
        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> mailsTo(emailOf(user)).size() == 1);
    }

    @Test
    void nobodyGetsADigestTheyDidNotAskForOrWithNothingInIt() {
        String notSubscribed = subscriber("No Digest", "OFF");
        String weekly = subscriber("Weekly Reader", "WEEKLY");
        String quietDay = subscriber("Quiet Day", "DAILY");
        notify(notSubscribed, NotificationType.JOB_MATCH, "Go Developer");
        notify(weekly, NotificationType.JOB_MATCH, "Rust Developer");

        digests.send(DigestPeriod.ending(Digest.DAILY, clock.instant().plus(Duration.ofDays(1))));

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3)).until(() ->
                mailsTo(emailOf(notSubscribed)).isEmpty() && mailsTo(emailOf(weekly)).isEmpty()
                        && mailsTo(emailOf(quietDay)).isEmpty());
    }
}
