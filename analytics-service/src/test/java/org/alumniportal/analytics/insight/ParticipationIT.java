package org.alumniportal.analytics.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alumniportal.analytics.testing.AnalyticsIntegrationTest;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventSamples;
import org.alumniportal.platform.events.community.EventCheckedIn;
import org.alumniportal.platform.events.community.EventCreated;
import org.alumniportal.platform.events.community.EventRsvp;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Issue 17 in analytics: check-ins, in the shape of community-service's contract sample, turn RSVPs into
 * participation rates per event and overall, and a redelivered check-in counts once.
 */
class ParticipationIT extends AnalyticsIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void threeCheckInsOfFiveRsvpsAreAParticipationOfThreeFifthsEvenWhenRedelivered() {
        String admin = admin();
        JsonNode before = api.get("/api/analytics/event-participation?size=1", admin).json();
        String event = newId("ev");
        Instant start = Instant.now().plus(Duration.ofDays(500));
        events.send(event, new EventCreated(event, "Reunion", "NETWORKING", "Pune", false, start, start, 50, "host"));
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String user = newId("u");
            people.add(user);
            events.send(event, new EventRsvp(event, user, "ATTENDING", null));
        }
        for (String user : people.subList(0, 3)) {
            EventEnvelope checkIn = checkInFromSample(event, user);
            events.send(checkIn);
            events.send(checkIn); // a redelivery: same envelope, same id
        }
        // a second scan reported as a new event (another envelope id) is still the same attendance
        events.send(event, new EventCheckedIn(event, people.get(0), "host", "MANUAL", Instant.now()));

        JsonNode after = await().atMost(WAIT).until(
                () -> api.get("/api/analytics/event-participation?size=100", admin).json(),
                p -> row(p, event) != null && row(p, event).path("checkIns").asLong() == 3);
        JsonNode row = row(after, event);
        assertThat(row.path("attending").asLong()).isEqualTo(5);
        assertThat(row.path("attendanceRate").asDouble()).isEqualTo(0.6);
        assertThat(after.path("attending").asLong() - before.path("attending").asLong()).isEqualTo(5);
        assertThat(after.path("checkIns").asLong() - before.path("checkIns").asLong()).isEqualTo(3);
        assertThat(after.path("attendanceRate").isNumber()).isTrue();
    }

    /** The contract sample with this test's event and person, so the consumer reads exactly the published shape. */
    private static EventEnvelope checkInFromSample(String event, String user) {
        EventEnvelope sample = EventSamples.read(JSON, EventCheckedIn.class);
        ObjectNode data = (ObjectNode) sample.data().deepCopy();
        data.put("eventId", event);
        data.put("userId", user);
        data.put("checkedInAt", Instant.now().toString());
        return new EventEnvelope(UUID.randomUUID().toString(), sample.type(), sample.source(), Instant.now(), event,
                data);
    }

    private static JsonNode row(JsonNode participation, String eventId) {
        for (JsonNode item : participation.path("byEvent").path("items")) {
            if (eventId.equals(item.path("eventId").asString())) {
                return item;
            }
        }
        return null;
    }
}
