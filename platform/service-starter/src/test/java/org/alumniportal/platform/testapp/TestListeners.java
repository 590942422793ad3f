package org.alumniportal.platform.testapp;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.alumniportal.platform.messaging.ProcessedEvents;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** An idempotent consumer on portal.profile and one that always fails on portal.community. */
@Component
class TestListeners {

    static final String CONSUMER = "testapp-welcome-mail";

    private final ProcessedEvents processed;
    private final EffectCounter counter;

    TestListeners(ProcessedEvents processed, EffectCounter counter) {
        this.processed = processed;
        this.counter = counter;
    }

    @KafkaListener(topics = Topics.PROFILE, groupId = "testapp-idempotent")
    void onProfileEvent(String value) {
        EventEnvelope envelope = EventEnvelopes.read(value);
        UserRegistered user = EventEnvelopes.payload(envelope, UserRegistered.class);
        if (processed.firstDelivery(CONSUMER, envelope.id())) {
            counter.applied(envelope.id());
        }
        counter.delivered(envelope.id());
        counter.delivered(user.email());
    }

    @KafkaListener(topics = Topics.COMMUNITY, groupId = "testapp-failing")
    void onCommunityEvent(String value) {
        EventEnvelope envelope = EventEnvelopes.read(value);
        counter.delivered(envelope.id());
        throw new IllegalStateException("this consumer always fails");
    }
}
