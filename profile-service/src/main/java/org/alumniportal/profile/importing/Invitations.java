package org.alumniportal.profile.importing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Invitation mails of imported alumni, sent after the records are stored and outside the upload request (one
 * sender thread: a 10,000-row import must not flood the SMTP server nor keep the admin waiting). At most one
 * invitation per address: a sender first claims the record ({@code inviteStartedAt}, atomically), and a record
 * with {@code invitedAt} is never mailed again. A failed send releases the claim, so the next upload retries it;
 * a claim left by a crash expires after {@link #STALE_CLAIM}.
 */
@Component
class Invitations {

    private static final Logger log = LoggerFactory.getLogger(Invitations.class);
    static final Duration STALE_CLAIM = Duration.ofMinutes(10);

    private final JavaMailSender mail;
    private final MongoTemplate mongo;
    private final ImportProperties properties;
    private final Clock clock;
    private final ExecutorService sender = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "import-invitations");
        thread.setDaemon(true);
        return thread;
    });

    Invitations(JavaMailSender mail, MongoTemplate mongo, ImportProperties properties, Clock clock) {
        this.mail = mail;
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** Queues invitations for these (stored) addresses; returns at once. */
    void sendLater(List<String> emails) {
        if (emails.isEmpty()) {
            return;
        }
        List<String> batch = List.copyOf(emails);
        try {
            sender.execute(() -> batch.forEach(this::invite));
        } catch (RejectedExecutionException shuttingDown) {
            log.warn("{} invitations not queued: shutting down; the next upload retries them", batch.size());
        }
    }

    void invite(String email) {
        Instant now = clock.instant();
        Criteria notClaimedBySender = new Criteria().orOperator(where("inviteStartedAt").is(null),
                where("inviteStartedAt").lt(now.minus(STALE_CLAIM)));
        ImportedAlumnus alumnus = mongo.findAndModify(
                query(where("_id").is(email).and("invitedAt").is(null).and("claimedAt").is(null)
                        .andOperator(notClaimedBySender)),
                new Update().set("inviteStartedAt", now), FindAndModifyOptions.options().returnNew(true),
                ImportedAlumnus.class);
        if (alumnus == null) {
            return; // invited already, being invited, or already has an account
        }
        try {
            mail.send(message(alumnus));
        } catch (RuntimeException e) {
            mongo.updateFirst(query(where("_id").is(email)), new Update().unset("inviteStartedAt"),
                    ImportedAlumnus.class);
            // No address in the log: the id of an imported record is personal data.
            log.error("Invitation mail failed (imported by {}): {}", alumnus.getImportedBy(), e.getMessage());
            return;
        }
        mongo.updateFirst(query(where("_id").is(email)),
                new Update().set("invitedAt", clock.instant()).unset("inviteStartedAt"), ImportedAlumnus.class);
    }

    private SimpleMailMessage message(ImportedAlumnus alumnus) {
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(properties.mailFrom());
        message.setTo(alumnus.getEmail());
        message.setSubject("You are invited to the Alumni Portal");
        message.setText("""
                Hello %s,

                your university has added you to the Alumni Portal, the network of its graduates: find classmates,
                mentors and jobs, and get your digital alumni ID card.

                Create your account with this e-mail address (%s) here:

                %s

                Your profile will be ready with what we know about you; you decide what others see. If you do not
                want to join, ignore this mail: you will not hear from us again about it.
                """.formatted(alumnus.data().name(), alumnus.getEmail(), properties.registerLink()));
        return message;
    }

    @PreDestroy
    void stop() {
        sender.shutdown();
    }
}
