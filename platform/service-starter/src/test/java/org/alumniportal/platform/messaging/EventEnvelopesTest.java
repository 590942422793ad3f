package org.alumniportal.platform.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventSamples;
import org.alumniportal.platform.events.user.UserRegistered;
import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;

class EventEnvelopesTest {

    private static String sample() throws IOException {
        try (InputStream in = UserRegistered.class.getResourceAsStream(EventSamples.resourceOf(UserRegistered.class))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsTheProducersSampleIntoEnvelopeAndPayload() throws IOException {
        EventEnvelope envelope = EventEnvelopes.read(sample());

        assertThat(envelope.type()).isEqualTo(UserRegistered.TYPE);
        assertThat(envelope.subject()).isEqualTo("0f8fad5b-d9cb-469f-a165-70867728950e");
        assertThat(EventEnvelopes.payload(envelope, UserRegistered.class).email()).isEqualTo("ada@example.edu");
    }

    @Test
    void fieldsAddedLaterByAProducerAreIgnored() throws IOException {
        String newer = sample().replaceFirst("\\{", "{\"specversion\":\"1.0\",")
                .replace("\"role\": \"ALUMNI\"", "\"role\": \"ALUMNI\", \"campus\": \"North\"");

        assertThat(EventEnvelopes.payload(newer, UserRegistered.class))
                .isEqualTo(new UserRegistered("0f8fad5b-d9cb-469f-a165-70867728950e", "ada@example.edu",
                        "Ada Lovelace", "ALUMNI"));
    }

    @Test
    void aValueThatIsNotJsonFailsWithAJacksonException() {
        assertThatThrownBy(() -> EventEnvelopes.read("not json")).isInstanceOf(JacksonException.class);
    }
}
