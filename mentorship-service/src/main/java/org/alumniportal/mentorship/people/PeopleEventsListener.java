package org.alumniportal.mentorship.people;

import java.util.List;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.profile.ProfileCreated;
import org.alumniportal.platform.events.profile.ProfileDeleted;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.events.user.UserStatusChanged;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.alumniportal.platform.messaging.ProcessedEvents;
import org.alumniportal.platform.skills.SkillNormalizer;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link People} from {@code portal.user} and {@code portal.profile}. Each event applies once
 * ({@link ProcessedEvents}) and only if it is newer than what its stream stored, so redeliveries and late
 * events change nothing. Other event types on those topics are ignored.
 */
@Component
class PeopleEventsListener {

    static final String CONSUMER = "mentorship-people";

    private final People people;
    private final ProcessedEvents processed;
    private final SkillNormalizer skills;

    PeopleEventsListener(People people, ProcessedEvents processed, SkillNormalizer skills) {
        this.people = people;
        this.processed = processed;
        this.skills = skills;
    }

    // Its own group: the read model replays both topics from the start, whatever other listeners consumed.
    @KafkaListener(topics = {Topics.USER, Topics.PROFILE}, groupId = "mentorship-service.people")
    void on(String value) {
        EventEnvelope envelope = EventEnvelopes.read(value);
        Runnable effect = switch (envelope.type()) {
            case UserRegistered.TYPE -> {
                UserRegistered u = EventEnvelopes.payload(envelope, UserRegistered.class);
                yield () -> people.applyAccount(u.userId(), new Update().set("role", u.role())
                        .set("accountName", u.fullName()).set("status", "ACTIVE"), envelope.time());
            }
            case UserRoleChanged.TYPE -> {
                UserRoleChanged u = EventEnvelopes.payload(envelope, UserRoleChanged.class);
                yield () -> people.applyAccount(u.userId(), new Update().set("role", u.newRole()), envelope.time());
            }
            case UserStatusChanged.TYPE -> {
                UserStatusChanged u = EventEnvelopes.payload(envelope, UserStatusChanged.class);
                yield () -> people.applyAccount(u.userId(), new Update().set("status", u.newStatus()),
                        envelope.time());
            }
            case ProfileCreated.TYPE -> {
                ProfileCreated p = EventEnvelopes.payload(envelope, ProfileCreated.class);
                yield () -> people.applyProfile(p.userId(), new Update().set("profileName", p.name())
                        .set("skills", skills.normalizeAll(p.skills())), envelope.time());
            }
            case ProfileUpdated.TYPE -> {
                ProfileUpdated p = EventEnvelopes.payload(envelope, ProfileUpdated.class);
                yield () -> people.applyProfile(p.userId(), new Update().set("profileName", p.name())
                        .set("skills", skills.normalizeAll(p.skills())), envelope.time());
            }
            case ProfileDeleted.TYPE -> {
                ProfileDeleted p = EventEnvelopes.payload(envelope, ProfileDeleted.class);
                yield () -> people.applyProfile(p.userId(), new Update().unset("profileName").set("skills",
                        List.of()), envelope.time());
            }
            default -> null;
        };
        if (effect != null) {
            processed.runOnce(CONSUMER, envelope.id(), effect);
        }
    }
}
