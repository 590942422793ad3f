package org.alumniportal.notification.recipient;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.profile.ProfileCreated;
import org.alumniportal.platform.events.profile.ProfileDeleted;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.events.user.UserStatusChanged;
import org.alumniportal.platform.events.user.UserVerified;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.alumniportal.platform.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link Recipients} from {@code portal.user} and {@code portal.profile}. Its own consumer group, so the
 * read model replays both topics from the start whatever the trigger listener has consumed.
 */
@Component
class RecipientEventsListener {

    static final String CONSUMER = "notification-recipients";
    private static final Logger log = LoggerFactory.getLogger(RecipientEventsListener.class);

    private final Recipients recipients;
    private final ProcessedEvents processed;

    RecipientEventsListener(Recipients recipients, ProcessedEvents processed) {
        this.recipients = recipients;
        this.processed = processed;
    }

    @KafkaListener(topics = {Topics.USER, Topics.PROFILE}, groupId = "notification-service.recipients")
    void on(String value) {
        EventEnvelope envelope = EventEnvelopes.read(value);
        Runnable effect = switch (envelope.type()) {
            case UserRegistered.TYPE -> {
                UserRegistered e = EventEnvelopes.payload(envelope, UserRegistered.class);
                yield () -> recipients.account(e.userId(), e.email(), e.fullName(), e.role());
            }
            case UserVerified.TYPE -> {
                UserVerified e = EventEnvelopes.payload(envelope, UserVerified.class);
                yield () -> recipients.account(e.userId(), e.email(), null, e.role());
            }
            case UserRoleChanged.TYPE -> {
                UserRoleChanged e = EventEnvelopes.payload(envelope, UserRoleChanged.class);
                yield () -> recipients.role(e.userId(), e.newRole());
            }
            case UserStatusChanged.TYPE -> {
                UserStatusChanged e = EventEnvelopes.payload(envelope, UserStatusChanged.class);
                yield "DELETED".equals(e.newStatus()) ? () -> recipients.accountDeleted(e.userId()) : null;
            }
            case ProfileCreated.TYPE -> {
                ProfileCreated e = EventEnvelopes.payload(envelope, ProfileCreated.class);
                yield () -> recipients.profile(e.userId(), e.name(), e.role(), e.skills());
            }
            case ProfileUpdated.TYPE -> {
                ProfileUpdated e = EventEnvelopes.payload(envelope, ProfileUpdated.class);
                yield () -> recipients.profile(e.userId(), e.name(), e.role(), e.skills());
            }
            case ProfileDeleted.TYPE -> {
                ProfileDeleted e = EventEnvelopes.payload(envelope, ProfileDeleted.class);
                yield () -> recipients.profileDeleted(e.userId());
            }
            default -> null;
        };
        if (effect != null && processed.runOnce(CONSUMER, envelope.id(), effect)) {
            log.debug("Applied {} {} to the recipient read model", envelope.type(), envelope.id());
        }
    }
}
