package org.alumniportal.job.candidate;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.profile.ProfileCreated;
import org.alumniportal.platform.events.profile.ProfileDeleted;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.alumniportal.platform.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link Candidates} from {@code portal.profile}: created/updated replace the snapshot, deleted leaves a
 * tombstone; verification events carry nothing the read model keeps. Each event applies once
 * ({@link ProcessedEvents}) and only if it is newer than what is stored (event {@code time}), so redeliveries
 * and replays after a newer event change nothing.
 */
@Component
class ProfileEventsListener {

    static final String CONSUMER = "job-candidates";
    private static final Logger log = LoggerFactory.getLogger(ProfileEventsListener.class);

    private final Candidates candidates;
    private final ProcessedEvents processed;

    ProfileEventsListener(Candidates candidates, ProcessedEvents processed) {
        this.candidates = candidates;
        this.processed = processed;
    }

    // Its own group: the read model replays the topic from the start, whatever other listeners have consumed.
    @KafkaListener(topics = Topics.PROFILE, groupId = "job-service.candidates")
    void on(String value) {
        EventEnvelope envelope = EventEnvelopes.read(value);
        Runnable effect = switch (envelope.type()) {
            case ProfileCreated.TYPE -> {
                ProfileCreated p = EventEnvelopes.payload(envelope, ProfileCreated.class);
                yield () -> candidates.save(new Candidates.Snapshot(p.userId(), p.role(), p.skills(), p.location(),
                        null, p.currentRole(), false), envelope.time());
            }
            case ProfileUpdated.TYPE -> {
                ProfileUpdated p = EventEnvelopes.payload(envelope, ProfileUpdated.class);
                yield () -> candidates.save(new Candidates.Snapshot(p.userId(), p.role(), p.skills(), p.location(),
                        p.yearsOfExperience(), p.currentRole(), p.hasCv()), envelope.time());
            }
            case ProfileDeleted.TYPE -> {
                ProfileDeleted p = EventEnvelopes.payload(envelope, ProfileDeleted.class);
                yield () -> candidates.delete(p.userId(), envelope.time());
            }
            default -> null;
        };
        if (effect != null && processed.runOnce(CONSUMER, envelope.id(), effect)) {
            log.debug("Applied {} {} to the candidate read model", envelope.type(), envelope.id());
        }
    }
}
