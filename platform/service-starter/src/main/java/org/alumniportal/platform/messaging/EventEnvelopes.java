package org.alumniportal.platform.messaging;

import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventEnvelope;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads what a producer sent: a listener takes the record value as a String ({@code @KafkaListener void
 * on(String value)}) and calls {@link #read}. Unknown fields are ignored, so producers can add fields
 * without breaking consumers. A value that is not an envelope throws a Jackson exception, which the error
 * handler dead-letters without retrying.
 */
public final class EventEnvelopes {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private EventEnvelopes() {
    }

    public static EventEnvelope read(String json) {
        return JSON.readValue(json, EventEnvelope.class);
    }

    public static <T extends DomainEvent> T payload(EventEnvelope envelope, Class<T> type) {
        return JSON.treeToValue(envelope.data(), type);
    }

    /** The payload of a record value in one step. */
    public static <T extends DomainEvent> T payload(String json, Class<T> type) {
        return payload(read(json), type);
    }
}
