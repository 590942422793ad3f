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
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

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
 * Sends queued mails: at once after queueing ({@link #nudge}), a failed one again when its wait is over (a timer
 * of this replica), and from a periodic poll what was queued or left to retry before a restart, or by a replica
 * that is gone. Each send first claims its job (PENDING → SENDING, one conditional update on {@code _id} and
 * {@code status}), so two replicas or two threads never send the same job. A failed send goes back to PENDING
 * with a doubled wait until {@code mailMaxAttempts}; a recipient whose address is not known yet (the user
 * events may still be on their way) is retried the same way.
 *
 * <p>Nothing here scans {@code mail_jobs} per mail: it keeps every mail ever queued (the idempotency keys), and
 * the embedded store scans a collection for any query that is not exactly a unique index's fields (STACK-NOTES),
 * holding the collection's lock meanwhile. At 100 mails/s a claim that also asked for {@code nextAttemptAt}
 * scanned thousands of jobs per mail. The claim is exactly {@code {_id, status}} ({@link MailJob}'s unique
 * {@code claim} index), and only the poll, once per {@code mail-poll-interval}, scans.
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
    // SMTP is blocking: a couple of threads keep a slow relay from holding up the event consumer; they also run
    // the timed retries, which are dropped on shutdown (the poll of the next start finds them).
    private final ScheduledThreadPoolExecutor sending = new ScheduledThreadPoolExecutor(2, runnable -> {
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
        sending.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        StreamProviderLookup.skipServiceLoader();
    }

    void nudge(String jobId) {
        sendLater(jobId, Duration.ZERO);
    }

    private void sendLater(String jobId, Duration wait) {
        try {
            sending.schedule(() -> sendQuietly(jobId), wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException shuttingDown) {
            log.debug("Mail {} left for the next start", jobId);
        }
    }

    /**
     * The safety net, not the way mails leave: jobs queued by a replica that stopped before sending them, and
     * retries whose timer died with their replica. The first run is right after start.
     */
    @Scheduled(fixedDelayString = "${portal.notification.mail-poll-interval:30s}")
    void sendDue() {
        var due = mongo.find(query(where("status").is(MailJob.Status.PENDING).and("nextAttemptAt")
                .lte(clock.instant())).with(Sort.by("nextAttemptAt")).limit(50), MailJob.class);
        due.forEach(job -> send(job.getId()));
    }

    /** A scheduled task's exception would vanish in its future; the job stays for the poll. */
    private void sendQuietly(String jobId) {
        try {
            send(jobId);
        } catch (RuntimeException e) {
            log.warn("Mail {} not sent now, left for the poll: {}", jobId, e.toString());
        }
    }

    /**
     * Sends one job unless somebody else claimed it. Callers only pass jobs that are due (just queued, found due
     * by the poll, or whose wait is over), so the claim does not look at {@code nextAttemptAt}: at worst a job
     * that another replica claimed, failed and rescheduled in between is tried early, never twice at once.
     */
    void send(String jobId) {
        Instant now = clock.instant();
        MailJob job = mongo.findAndModify(query(where("_id").is(jobId).and("status").is(MailJob.Status.PENDING)),
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
        if (!givingUp) {
            sendLater(job.getId(), backoff(job.getAttempts()));
        }
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
