package org.alumniportal.notification.mail;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import org.alumniportal.notification.config.NotificationProperties;
import org.alumniportal.notification.preference.UnsubscribeTokens;
import org.alumniportal.notification.recipient.Recipient;
import org.alumniportal.notification.recipient.Recipients;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

/**
 * Sends queued mails: at once after queueing ({@link #nudge}), and from a periodic poll for retries and for
 * what was queued before a restart. Each send first claims its job (PENDING → SENDING, one conditional update
 * by {@code _id}), so two replicas or two threads never send the same job. A failed send goes back to PENDING
 * with a doubled wait until {@code mailMaxAttempts}; a recipient whose address is not known yet (the user
 * events may still be on their way) is retried the same way.
 */
@Component
class MailDispatcher {

    private static final Logger log = LoggerFactory.getLogger(MailDispatcher.class);

    private final MongoTemplate mongo;
    private final JavaMailSender sender;
    private final MailTemplates templates;
    private final Recipients recipients;
    private final UnsubscribeTokens unsubscribeTokens;
    private final NotificationProperties properties;
    private final Clock clock;
    // SMTP is blocking: a couple of threads keep a slow relay from holding up the event consumer.
    private final ExecutorService sending = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "mail-send");
        thread.setDaemon(true);
        return thread;
    });

    MailDispatcher(MongoTemplate mongo, JavaMailSender sender, MailTemplates templates, Recipients recipients,
            UnsubscribeTokens unsubscribeTokens, NotificationProperties properties, Clock clock) {
        this.mongo = mongo;
        this.sender = sender;
        this.templates = templates;
        this.recipients = recipients;
        this.unsubscribeTokens = unsubscribeTokens;
        this.properties = properties;
        this.clock = clock;
    }

    void nudge(String jobId) {
        try {
            sending.execute(() -> send(jobId));
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Mail {} left for the next start", jobId);
        }
    }

    @Scheduled(fixedDelayString = "${portal.notification.mail-poll-interval:1s}")
    void sendDue() {
        var due = mongo.find(query(where("status").is(MailJob.Status.PENDING).and("nextAttemptAt")
                .lte(clock.instant())).with(Sort.by("nextAttemptAt")).limit(50), MailJob.class);
        due.forEach(job -> send(job.getId()));
    }

    /** Sends one job if it is still due and nobody else claimed it. */
    void send(String jobId) {
        Instant now = clock.instant();
        MailJob job = mongo.findAndModify(
                query(where("_id").is(jobId).and("status").is(MailJob.Status.PENDING).and("nextAttemptAt").lte(now)),
                new Update().set("status", MailJob.Status.SENDING).set("claimedAt", now).inc("attempts", 1),
                FindAndModifyOptions.options().returnNew(true), MailJob.class);
        if (job == null) {
            return;
        }
        Optional<Recipient> recipient = recipients.find(job.getRecipientId()).filter(r -> r.getEmail() != null);
        if (recipient.isEmpty()) {
            failed(job, "recipient address not known yet");
            return;
        }
        try {
            // Rendering counts as part of the send: a broken template is retried and then given up, like SMTP.
            sender.send(message(job, recipient.get()));
        } catch (RuntimeException | MessagingException e) {
            failed(job, e.getClass().getSimpleName() + ": " + e.getMessage());
            return;
        }
        mongo.updateFirst(query(where("_id").is(jobId)),
                new Update().set("status", MailJob.Status.SENT).set("sentAt", clock.instant()).unset("lastError"),
                MailJob.class);
        log.info("Mailed {} {} to user {} (attempt {})", job.getType(), jobId, job.getRecipientId(),
                job.getAttempts());
    }

    private MimeMessage message(MailJob job, Recipient recipient) throws MessagingException {
        String unsubscribe = properties.publicBaseUrl() + "/api/notifications/unsubscribe?token="
                + URLEncoder.encode(unsubscribeTokens.sign(job.getRecipientId(), job.getType()), StandardCharsets.UTF_8);
        Map<String, Object> variables = new HashMap<>();
        variables.put("portalName", properties.portalName());
        variables.put("name", recipient.displayName() == null ? "there" : recipient.displayName());
        variables.put("title", job.getTitle());
        variables.put("message", job.getMessage());
        variables.put("link", properties.frontendBase() + (job.getLink() == null ? "/" : job.getLink()));
        variables.put("portalUrl", properties.frontendBase() + "/");
        variables.put("preferencesUrl", properties.frontendBase() + "/settings/notifications");
        variables.put("unsubscribeUrl", unsubscribe);
        variables.put("metadata", job.getMetadata());
        MailTemplates.RenderedMail mail = templates.render(job.getType(),
                properties.portalName() + ": " + job.getTitle(), variables);

        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.mailFrom());
        helper.setTo(recipient.getEmail());
        helper.setSubject(mail.subject());
        helper.setText(mail.text(), mail.html());
        // RFC 2369 / RFC 8058: mail clients show an unsubscribe button that posts to this link.
        message.setHeader("List-Unsubscribe", "<" + unsubscribe + ">");
        message.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        message.setHeader("X-Portal-Notification-Id", job.getId());
        return message;
    }

    private void failed(MailJob job, String reason) {
        boolean givingUp = job.getAttempts() >= properties.mailMaxAttempts();
        Update update = new Update().set("lastError", reason);
        if (givingUp) {
            update.set("status", MailJob.Status.FAILED);
            log.error("Gave up mailing {} {} to user {} after {} attempts: {}", job.getType(), job.getId(),
                    job.getRecipientId(), job.getAttempts(), reason);
        } else {
            Duration wait = backoff(job.getAttempts());
            update.set("status", MailJob.Status.PENDING).set("nextAttemptAt", clock.instant().plus(wait));
            log.warn("Mailing {} {} failed (attempt {}), next try in {}: {}", job.getType(), job.getId(),
                    job.getAttempts(), wait, reason);
        }
        mongo.updateFirst(query(where("_id").is(job.getId())), update, MailJob.class);
    }

    Duration backoff(int attempts) {
        Duration wait = properties.mailInitialBackoff().multipliedBy(1L << Math.min(attempts - 1, 20));
        return wait.compareTo(properties.mailMaxBackoff()) > 0 ? properties.mailMaxBackoff() : wait;
    }

    @PreDestroy
    void stop() {
        sending.shutdown();
    }
}
