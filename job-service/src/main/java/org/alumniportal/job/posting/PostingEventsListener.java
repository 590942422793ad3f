package org.alumniportal.job.posting;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.admin.SettingsChanged;
import org.alumniportal.platform.events.profile.ProfileRejected;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.alumniportal.platform.events.user.UserStatusChanged;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.alumniportal.platform.messaging.ProcessedEvents;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the posting gate: account status from auth-service, profile verification from profile-service and the
 * two posting settings from the admin topic. Each event applies once, and only if newer than what is stored.
 */
@Component
@EnableConfigurationProperties(PostingProperties.class)
class PostingEventsListener {

    static final String CONSUMER = "job-posting-gate";

    private final PosterFacts facts;
    private final PostingSettings settings;
    private final ProcessedEvents processed;

    PostingEventsListener(PosterFacts facts, PostingSettings settings, ProcessedEvents processed) {
        this.facts = facts;
        this.settings = settings;
        this.processed = processed;
    }

    // Its own group: the read model replays the topics from the start, whatever other listeners consumed.
    @KafkaListener(topics = {Topics.USER, Topics.PROFILE, Topics.ADMIN}, groupId = "job-service.posting-gate")
    void on(String value) {
        EventEnvelope envelope = EventEnvelopes.read(value);
        Runnable effect = switch (envelope.type()) {
            case UserStatusChanged.TYPE -> {
                UserStatusChanged e = EventEnvelopes.payload(envelope, UserStatusChanged.class);
                yield () -> facts.status(e.userId(), e.newStatus(), envelope.time());
            }
            case ProfileVerified.TYPE -> {
                ProfileVerified e = EventEnvelopes.payload(envelope, ProfileVerified.class);
                yield () -> facts.verified(e.userId(), true, envelope.time());
            }
            case ProfileRejected.TYPE -> {
                ProfileRejected e = EventEnvelopes.payload(envelope, ProfileRejected.class);
                // A rejected request changes nothing for an unverified profile; a withdrawn verification does.
                yield e.wasVerified() ? () -> facts.verified(e.userId(), false, envelope.time()) : null;
            }
            case SettingsChanged.TYPE -> {
                SettingsChanged e = EventEnvelopes.payload(envelope, SettingsChanged.class);
                yield PostingSettings.known(e.key()) ? () -> settings.changed(e.key(), e.newValue(), envelope.time())
                        : null;
            }
            default -> null;
        };
        if (effect != null) {
            processed.runOnce(CONSUMER, envelope.id(), effect);
        }
    }
}
