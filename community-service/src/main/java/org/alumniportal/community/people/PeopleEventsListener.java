package org.alumniportal.community.people;

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
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link People} from {@code portal.user} and {@code portal.profile}. Each event applies once
 * ({@link ProcessedEvents}) and only if newer than what is stored; unknown types are ignored.
 */
@Component
class PeopleEventsListener {

    static final String CONSUMER = "community-people";

    private final People people;
    private final ProcessedEvents processed;

    PeopleEventsListener(People people, ProcessedEvents processed) {
        this.people = people;
        this.processed = processed;
    }

    // Its own group: the read model replays both topics from the start, whatever other listeners consumed.
    @KafkaListener(topics = {Topics.USER, Topics.PROFILE}, groupId = "community-service.people")
    void on(String value) {
        EventEnvelope envelope = EventEnvelopes.read(value);
        Runnable effect = switch (envelope.type()) {
            case UserRegistered.TYPE -> {
                UserRegistered u = EventEnvelopes.payload(envelope, UserRegistered.class);
                yield () -> people.account(u.userId(), u.fullName(), u.role(), null, envelope.time());
            }
            case UserVerified.TYPE -> {
                UserVerified u = EventEnvelopes.payload(envelope, UserVerified.class);
                yield () -> people.account(u.userId(), null, u.role(), "ACTIVE", envelope.time());
            }
            case UserRoleChanged.TYPE -> {
                UserRoleChanged u = EventEnvelopes.payload(envelope, UserRoleChanged.class);
                yield () -> people.account(u.userId(), null, u.newRole(), null, envelope.time());
            }
            case UserStatusChanged.TYPE -> {
                UserStatusChanged u = EventEnvelopes.payload(envelope, UserStatusChanged.class);
                yield () -> people.account(u.userId(), null, null, u.newStatus(), envelope.time());
            }
            case ProfileCreated.TYPE -> {
                ProfileCreated p = EventEnvelopes.payload(envelope, ProfileCreated.class);
                yield () -> people.profile(p.userId(), p.name(), p.role(), p.skills(), envelope.time());
            }
            case ProfileUpdated.TYPE -> {
                ProfileUpdated p = EventEnvelopes.payload(envelope, ProfileUpdated.class);
                yield () -> people.profile(p.userId(), p.name(), p.role(), p.skills(), envelope.time());
            }
            case ProfileDeleted.TYPE -> {
                ProfileDeleted p = EventEnvelopes.payload(envelope, ProfileDeleted.class);
                yield () -> people.profileDeleted(p.userId(), envelope.time());
            }
            default -> null;
        };
        if (effect != null) {
            processed.runOnce(CONSUMER, envelope.id(), effect);
        }
    }
}
