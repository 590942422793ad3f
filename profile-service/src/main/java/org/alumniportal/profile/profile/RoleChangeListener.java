package org.alumniportal.profile.profile;

import java.time.Instant;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.alumniportal.platform.messaging.ProcessedEvents;

/**
 * Keeps a profile's role in step with auth-service (a student promoted to alumnus enters the directory without
 * editing the profile). Users without a profile are ignored: the role is taken from the token at create.
 */
@Component
class RoleChangeListener {

    static final String CONSUMER = "profile-role-on-user-role-changed";

    private final ProfileService profiles;
    private final ProcessedEvents processed;

    RoleChangeListener(ProfileService profiles, ProcessedEvents processed) {
        this.profiles = profiles;
        this.processed = processed;
    }

    @KafkaListener(topics = Topics.USER, groupId = "profile-service-roles")
    void on(String value) {
        EventEnvelope envelope = EventEnvelopes.read(value);
        if (!UserRoleChanged.TYPE.equals(envelope.type())) {
            return;
        }
        UserRoleChanged event = EventEnvelopes.payload(envelope, UserRoleChanged.class);
        processed.runOnce(CONSUMER, envelope.id(), () -> profiles.find(event.userId()).ifPresent(profile -> {
            if (profile.changeRole(event.newRole(), Instant.now())) {
                profiles.save(profile, ProfileEvents.updated(profile));
            }
        }));
    }
}
