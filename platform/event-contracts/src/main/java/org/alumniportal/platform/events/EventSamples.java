package org.alumniportal.platform.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the JSON sample kept beside each event record ({@code <type>.json} in the record's package), so that
 * producer and consumer tests are held to the same document.
 */
public final class EventSamples {

    private EventSamples() {
    }

    public static String resourceOf(Class<? extends DomainEvent> payload) {
        return EventTypes.typeOf(payload) + ".json";
    }

    public static EventEnvelope read(JsonMapper json, Class<? extends DomainEvent> payload) {
        try (InputStream in = payload.getResourceAsStream(resourceOf(payload))) {
            if (in == null) {
                throw new IllegalStateException("No sample " + resourceOf(payload) + " beside " + payload.getName());
            }
            return json.readValue(in, EventEnvelope.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
