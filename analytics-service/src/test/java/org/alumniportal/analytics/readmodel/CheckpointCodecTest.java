package org.alumniportal.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A checkpoint gives back exactly the state it was made of, every field and every null included. */
class CheckpointCodecTest {

    private static final Instant T = Instant.parse("2026-11-01T10:00:00.123456789Z");

    @Test
    void restoredStateEqualsTheSavedOneFieldForField() {
        PopulationState state = new PopulationState(
                Map.of("u1", new UserAccount("u1", "ALUMNI", "ACTIVE", T, T.plusSeconds(1)),
                        "u2", new UserAccount("u2", null, null, null, null)),
                Map.of("u1", new ProfileFacts("u1", "ALUMNI", "Ada Lövelace", "Acme", "Lead", "Pune", 2020,
                                List.of("java", "kafka", "java"), "HIDDEN", true, false, 95,
                                List.of(new ProfileFacts.Job("A", "Dev", "2015-01", "2018-12"),
                                        new ProfileFacts.Job("Acme", "Lead", "2019-01", null)),
                                "SOFTWARE", false, T, T.plusSeconds(2), T.plusSeconds(3), "PENDING"),
                        "u2", new ProfileFacts("u2", null, null, null, null, null, null, List.of(), null, false, true,
                                0, List.of(), null, true, null, null, null, null)),
                Map.of("j1", new JobFacts("j1", "Dev", "Acme", "Pune", "FULL_TIME", true, List.of("java"), "u1", T,
                        T.plusSeconds(86_400), false, "SOFTWARE", T),
                        "j2", new JobFacts("j2", null, null, null, null, false, List.of(), null, null, null, true, null,
                                null)),
                Map.of("a1", new ApplicationFacts("a1", "j1", "u2", "SUBMITTED", T, T),
                        "a2", new ApplicationFacts("a2", null, null, null, null, T)),
                Map.of("e1", new CommunityEvent("e1", "Meetup", "NETWORKING", "Berlin", false, T, 100, "u1", T, false,
                        T), "e2", new CommunityEvent("e2", null, null, null, true, null, null, null, null, true, T)),
                Map.of("e1/u2", new Rsvp("e1", "u2", "ATTENDING", T, T, T.plusSeconds(60)),
                        "e1/u1", new Rsvp("e1", "u1", null, null, null, T)),
                Map.of("u1", new Mentor("u1", List.of("java", "career"), 3, true),
                        "u3", new Mentor("u3", List.of(), 0, false)),
                Map.of("m1", new Mentorship("m1", "u1", "u2", "ACTIVE", T, T.plusSeconds(5), null)),
                Map.of("s1", new MentoringSession("s1", "m1", "u1", "u2", "COMPLETED", T, T.plusSeconds(9), 5),
                        "s2", new MentoringSession("s2", "m1", "u1", "u2", "SCHEDULED", null, null, null)),
                Map.of("POST:p1", new Contribution("p1", Contribution.Kind.POST, "u1", T, false),
                        "CAPSULE:c1", new Contribution("c1", Contribution.Kind.CAPSULE, null, null, true)),
                Map.of("u1", T, "u2", T.plusSeconds(30)));

        assertThat(CheckpointCodec.decode(CheckpointCodec.encode(state))).isEqualTo(state);
    }

    @Test
    void emptyModelsRoundTrip() {
        PopulationState empty = new PopulationState(Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), Map.of(), Map.of(), Map.of(), Map.of());

        assertThat(CheckpointCodec.decode(CheckpointCodec.encode(empty))).isEqualTo(empty);
    }

    @Test
    void bytesThatAreNoCheckpointAreRefused() {
        assertThatThrownBy(() -> CheckpointCodec.decode(new byte[] {1, 2, 3})).isInstanceOf(RuntimeException.class);
    }
}
