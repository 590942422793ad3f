package org.alumniportal.notification.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.alumniportal.notification.config.NotificationProperties;
import org.alumniportal.notification.notification.NewNotification;
import org.alumniportal.notification.notification.NotificationType;
import org.alumniportal.notification.notification.Priority;
import org.alumniportal.notification.preference.UnsubscribeTokens;
import org.alumniportal.notification.recipient.Recipient;
import org.alumniportal.notification.recipient.Recipients;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.util.ReflectionTestUtils;

import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;

/** The dispatcher's own timing and claim, without a store: what keeps mailing off the poll's scan. */
class MailDispatcherTest {

    private final MongoTemplate mongo = mock(MongoTemplate.class);
    private final JavaMailSender sender = mock(JavaMailSender.class);
    private final Recipients recipients = mock(Recipients.class);
    private final UnsubscribeTokens unsubscribeTokens = mock(UnsubscribeTokens.class);
    private final MailDispatcher dispatcher = new MailDispatcher(mongo, sender, new MailTemplates(), recipients,
            unsubscribeTokens, new NotificationProperties("Alumni Portal", "http://portal.test",
                    "http://gateway.test", "no-reply@alumni-portal.local", "k".repeat(32), 5,
                    Duration.ofMillis(100), Duration.ofSeconds(1), 0.5, 3, "portal.notification",
                    Duration.ofSeconds(15), Duration.ofMinutes(30), 3, Duration.ofDays(35)),
            Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC));

    @AfterEach
    void stop() {
        dispatcher.stop();
    }

    private MailJob claimed(int attempts) {
        MailJob job = MailJob.of(new NewNotification("event-1", "user-1", NotificationType.ROLE_CHANGED,
                "Your role is now alumni", "changed", "/profile", Priority.NORMAL, Map.of()), Instant.now());
        ReflectionTestUtils.setField(job, "attempts", attempts);
        return job;
    }

    @Test
    void aFailedSendIsTriedAgainWhenItsWaitIsOverWithoutWaitingForThePoll() {
        Recipient ada = mock(Recipient.class);
        when(ada.getEmail()).thenReturn("ada@example.edu");
        when(recipients.find("user-1")).thenReturn(Optional.of(ada));
        when(unsubscribeTokens.sign(anyString(), any(NotificationType.class))).thenReturn("token");
        when(mongo.findAndModify(any(Query.class), any(Update.class), any(FindAndModifyOptions.class),
                eq(MailJob.class))).thenReturn(claimed(1), claimed(2));
        when(sender.createMimeMessage()).thenAnswer(call -> new MimeMessage((Session) null));
        doThrow(new MailSendException("relay down")).doNothing().when(sender).send(any(MimeMessage.class));

        dispatcher.nudge(claimed(0).getId());

        verify(sender, timeout(5_000).times(2)).send(any(MimeMessage.class));
        verify(mongo, never()).find(any(Query.class), eq(MailJob.class));
    }

    @Test
    void theClaimNamesExactlyTheClaimIndexSoTheEmbeddedStoreLooksItUp() {
        when(mongo.findAndModify(any(Query.class), any(Update.class), any(FindAndModifyOptions.class),
                eq(MailJob.class))).thenReturn(null);

        dispatcher.send("job-1");

        ArgumentCaptor<Query> claim = ArgumentCaptor.forClass(Query.class);
        verify(mongo).findAndModify(claim.capture(), any(Update.class), any(FindAndModifyOptions.class),
                eq(MailJob.class));
        assertThat(claim.getValue().getQueryObject().keySet()).isEqualTo(Set.of("_id", "status"));
        assertThat(MailJob.class.getAnnotation(CompoundIndex.class)
                .def()).isEqualTo("{'_id': 1, 'status': 1}");
        verify(sender, never()).send(any(MimeMessage.class));
    }
}
