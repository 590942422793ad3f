package org.alumniportal.gateway.revocation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.alumniportal.gateway.MutableClock;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventSamples;
import org.alumniportal.platform.events.user.SessionRevoked;
import org.alumniportal.platform.events.user.UserRegistered;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class SessionRevokedEventsTest {

    private final JsonMapper json = JsonMapper.builder().build();
    private final EventEnvelope sample = EventSamples.read(json, SessionRevoked.class);
    // The sample's revocation happened a minute ago.
    private final MutableClock clock = new MutableClock(sample.time().plus(Duration.ofMinutes(1)));
    private final RevocationStore store = new RevocationStore(clock, new RevocationProperties(null, null, null));
    private final SessionRevokedEvents events = new SessionRevokedEvents(json, store);

    @Test
    void theSampleLogoutEventRevokesItsSession() {
        events.apply(json.writeValueAsString(sample));

        String sid = sample.data().get("sessionId").asString();
        String user = sample.data().get("userId").asString();
        assertThat(store.isRevoked(sid, user, sample.time().minusSeconds(30))).isTrue();
        assertThat(store.isRevoked("another-session", user, sample.time().minusSeconds(30))).isFalse();
    }

    @Test
    void aPasswordResetEventRefusesEveryOlderTokenOfTheUser() {
        Instant resetAt = sample.time();
        SessionRevoked reset = new SessionRevoked("user-9", null, resetAt, "password-reset");
        EventEnvelope envelope = EventEnvelope.of("auth-service", "user-9", reset, json.valueToTree(reset));

        events.apply(json.writeValueAsString(envelope));

        assertThat(store.isRevoked("any-session", "user-9", resetAt.minusSeconds(60))).isTrue();
        assertThat(store.isRevoked("new-session", "user-9", resetAt.plusSeconds(5))).isFalse();
    }

    @Test
    void aSecondDeliveryOfTheSameEventChangesNothing() {
        String record = json.writeValueAsString(sample);
        events.apply(record);
        events.apply(record);

        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void otherEventTypesAndUnreadableRecordsAreSkipped() {
        EventEnvelope registered = EventSamples.read(json, UserRegistered.class);

        events.apply(json.writeValueAsString(registered));
        events.apply("{not json");
        events.apply("{\"type\":\"session.revoked.v1\"}");

        assertThat(store.size()).isZero();
    }
}
