package org.alumniportal.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.alumniportal.localstack.mail.CaughtMail;
import org.alumniportal.notification.notification.NewNotification;
import org.alumniportal.notification.notification.NotificationType;
import org.alumniportal.notification.notification.Priority;
import org.alumniportal.notification.recipient.Recipients;
import org.alumniportal.platform.test.Api;
import org.alumniportal.notification.testing.Events;
import org.alumniportal.notification.testing.NotificationIntegrationTest;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.profile.ProfileRejected;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailSendException;

import jakarta.mail.internet.MimeMessage;

class MailIT extends NotificationIntegrationTest {

    private static final Pattern UNSUBSCRIBE = Pattern.compile("http://gateway\\.test(/api/notifications/unsubscribe\\?token=\\S+)");

    @Autowired
    MailQueue queue;

    @Autowired
    MailDispatcher dispatcher;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    Recipients recipients;

    private static boolean verifiedMail(CaughtMail mail) {
        return mail.subject().contains("Your profile is verified");
    }

    @Test
    void aVerifiedProfileIsMailedFromTheTemplateWithTheUnsubscribeHeader() throws Exception {
        String user = knownUser("Grace Hopper");

        events.send(ProfileVerified.class, Map.of("userId", user));

        CaughtMail mail = awaitMail(emailOf(user), MailIT::verifiedMail);
        assertThat(mail.subject()).isEqualTo("Alumni Portal: Your profile is verified");
        assertThat(mail.from()).isEqualTo("no-reply@alumni-portal.local");
        assertThat(mail.text()).contains("Hello Grace Hopper,", "http://portal.test/profile",
                "http://gateway.test/api/notifications/unsubscribe?token=");
        ArgumentCaptor<MimeMessage> sent = ArgumentCaptor.forClass(MimeMessage.class);
        verify(mailSender, timeout(5000).atLeast(1)).send(sent.capture());
        MimeMessage message = sent.getAllValues().stream().filter(m -> {
            try {
                return m.getAllRecipients()[0].toString().equals(emailOf(user));
            } catch (Exception e) {
                return false;
            }
        }).findFirst().orElseThrow();
        assertThat(message.getHeader("List-Unsubscribe")[0]).startsWith(
                "<http://gateway.test/api/notifications/unsubscribe?token=");
        assertThat(message.getHeader("List-Unsubscribe-Post")[0]).isEqualTo("List-Unsubscribe=One-Click");
        assertThat(message.getContentType()).startsWith("multipart/");
    }

    @Test
    void aRedeliveredEventGivesOneNotificationAndOneMail() {
        String user = knownUser("Twice Sent");
        EventEnvelope event = Events.sample(ProfileVerified.class, Map.of("userId", user));

        events.send(event);
        events.send(event);
        awaitMail(emailOf(user), MailIT::verifiedMail);
        // a later event on the same partition (the samples share their key) shows the redelivery was consumed
        events.send(ProfileRejected.class, Map.of("userId", user));
        awaitNotification(user, "PROFILE_REJECTED");
        awaitMail(emailOf(user), m -> m.subject().contains("rejected"));

        assertThat(api.get("/api/notifications?type=PROFILE_VERIFIED", bearer(user)).json().path("totalElements")
                .asLong()).isEqualTo(1);
        assertThat(mailsTo(emailOf(user)).stream().filter(MailIT::verifiedMail)).hasSize(1);
    }

    @Test
    void withMailOffForTheTypeTheUserGetsTheInAppNotificationAndNoMail() {
        String user = knownUser("Quiet Person");
        Api.Response off = api.put("/api/notifications/preferences",
                Map.of("types", Map.of("PROFILE_VERIFIED", Map.of("inApp", true, "email", false))), bearer(user));
        assertThat(off.status()).isEqualTo(200);

        events.send(ProfileVerified.class, Map.of("userId", user));
        awaitNotification(user, "PROFILE_VERIFIED");
        events.send(user, new UserRoleChanged(user, "STUDENT", "ALUMNI", "admin-1"));
        awaitMail(emailOf(user), m -> m.subject().contains("role"));

        assertThat(mailsTo(emailOf(user)).stream().filter(MailIT::verifiedMail)).isEmpty();
    }

    @Test
    void theUnsubscribeLinkOfAMailTurnsThatTypeOffWithoutLogin() {
        String user = knownUser("Unsubscriber");
        events.send(ProfileVerified.class, Map.of("userId", user));
        CaughtMail mail = awaitMail(emailOf(user), MailIT::verifiedMail);
        Matcher link = UNSUBSCRIBE.matcher(mail.text());
        assertThat(link.find()).isTrue();

        Api.Response unsubscribed = api.get(link.group(1), null);

        assertThat(unsubscribed.status()).isEqualTo(200);
        assertThat(unsubscribed.json().path("type").asString()).isEqualTo("PROFILE_VERIFIED");
        Api.Response preferences = api.get("/api/notifications/preferences", bearer(user));
        assertThat(preferences.json().path("types").path("PROFILE_VERIFIED").path("email").asBoolean()).isFalse();
        assertThat(preferences.json().path("types").path("PROFILE_VERIFIED").path("inApp").asBoolean()).isTrue();
        assertThat(preferences.json().path("types").path("ROLE_CHANGED").path("email").asBoolean()).isTrue();
        Api.Response forged = api.get("/api/notifications/unsubscribe?token=" + link.group(1).substring(
                link.group(1).indexOf('=') + 1, link.group(1).indexOf('.')) + ".AAAA", null);
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.problemType()).isEqualTo("invalid-unsubscribe-token");
    }

    @Test
    void anSmtpFailureIsRetriedWithBackoffAndTheMailArrivesOnce() {
        String user = knownUser("Retry Person");
        awaitRecipient(user);
        doThrow(new MailSendException("relay down")).doCallRealMethod().when(mailSender).send(any(MimeMessage.class));

        queue.enqueue(new NewNotification(UUID.randomUUID().toString(), user, NotificationType.ROLE_CHANGED,
                "Your role is now alumni", "changed", "/profile", Priority.NORMAL, Map.of()));

        awaitMail(emailOf(user), m -> m.subject().contains("Your role is now alumni"));
        verify(mailSender, atLeast(2)).send(any(MimeMessage.class));
        assertThat(mailsTo(emailOf(user))).hasSize(1);
    }

    @Test
    void aMailForSomeoneNotKnownYetWaitsForTheirAddress() {
        String user = newId("late-registrant");
        queue.enqueue(new NewNotification(UUID.randomUUID().toString(), user, NotificationType.ROLE_CHANGED,
                "Your role is now alumni", "changed", "/profile", Priority.NORMAL, Map.of()));

        events.send(user, new UserRegistered(user, emailOf(user), "Late Registrant", "ALUMNI"));

        assertThat(awaitMail(emailOf(user), m -> true).text()).contains("Hello Late Registrant,");
    }

    @Test
    void aSendInterruptedByACrashIsNeverRepeated() {
        String user = knownUser("Crash Victim");
        awaitRecipient(user);
        NewNotification notification = new NewNotification(UUID.randomUUID().toString(), user,
                NotificationType.ROLE_CHANGED, "Crashed mid-send", "changed", "/profile", Priority.NORMAL, Map.of());
        // what a crash between the claim and the SMTP acknowledgement leaves behind
        mongo.insert(MailJob.of(notification, clock.instant()));
        mongo.updateFirst(query(where("_id").is(notification.id())),
                new Update().set("status", MailJob.Status.SENDING), MailJob.class);

        dispatcher.sendDue();
        dispatcher.send(notification.id());
        assertThat(queue.enqueue(notification)).as("the same notification cannot be queued again").isFalse();

        await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(3))
                .until(() -> mailsTo(emailOf(user)).isEmpty());
    }

    private void awaitRecipient(String user) {
        await().atMost(Duration.ofSeconds(20)).until(() -> recipients.find(user).isPresent());
    }
}
