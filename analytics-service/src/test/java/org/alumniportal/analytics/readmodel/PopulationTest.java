package org.alumniportal.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventTypes;
import org.alumniportal.platform.events.application.ApplicationStatusChanged;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.mentorship.MentorshipAccepted;
import org.alumniportal.platform.events.mentorship.MentorshipEnded;
import org.alumniportal.platform.events.mentorship.MentorshipRequested;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.skills.SkillNormalizer;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** The read models give the same figures however often, and in whichever order, events arrive. */
class PopulationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private static EventEnvelope envelope(DomainEvent event, int secondsAfterT0) {
        return new EventEnvelope(UUID.randomUUID().toString(), EventTypes.typeOf(event.getClass()), "test",
                T0.plusSeconds(secondsAfterT0), "s", JSON.valueToTree(event));
    }

    private static Population population() {
        return new Population(Clock.fixed(T0.plusSeconds(3600), ZoneOffset.UTC), SkillNormalizer.standard());
    }

    private static List<EventEnvelope> history() {
        return List.of(
                envelope(new UserRegistered("u1", "a@b.c", "A", "STUDENT"), 0),
                envelope(new UserRoleChanged("u1", "STUDENT", "ALUMNI", "admin"), 10),
                envelope(new ProfileUpdated("u1", "ALUMNI", "A", "h", "Acme", "Dev", "Pune", 2020, List.of("js"), 2,
                        "SIGNED_IN", false, false, 40), 20),
                envelope(new ProfileUpdated("u1", "ALUMNI", "A", "h", "Initech", "Lead", "Berlin", 2020,
                        List.of("java"), 3, "HIDDEN", true, true, 95), 30),
                envelope(new ApplicationSubmitted("app", "job", "Dev", "u1", "r", "PROFILE", T0), 40),
                envelope(new ApplicationStatusChanged("app", "job", "u1", "r", "SUBMITTED", "SHORTLISTED", null), 50),
                envelope(new MentorshipRequested("m", "u2", "u1", "hi"), 60),
                envelope(new MentorshipAccepted("m", "u2", "u1"), 70),
                envelope(new MentorshipEnded("m", "u2", "u1", "u1"), 80));
    }

    private static String figures(Population p) {
        UserAccount account = p.accounts().iterator().next();
        ProfileFacts profile = p.profile("u1").orElseThrow();
        ApplicationFacts app = p.applications().iterator().next();
        Mentorship m = p.mentorships().iterator().next();
        return String.join("|", account.role(), account.registeredAt().toString(), profile.location(),
                profile.skills().toString(), profile.visibility(), Boolean.toString(profile.verified()),
                String.valueOf(profile.completeSince()), app.status(), m.status(), String.valueOf(m.requestedAt()));
    }

    @Test
    void theNewestSnapshotAndTheFurthestStatusWin() {
        Population p = population();
        history().forEach(p::apply);

        assertThat(figures(p)).isEqualTo("ALUMNI|2026-11-01T10:00:00Z|Berlin|[Java]|HIDDEN|true|2026-11-01T10:00:30Z"
                + "|SHORTLISTED|ENDED|2026-11-01T10:01:00Z");
    }

    @Test
    void redeliveriesAndAnyOrderGiveTheSameFigures() {
        Population inOrder = population();
        history().forEach(inOrder::apply);

        for (long seed = 1; seed <= 20; seed++) {
            List<EventEnvelope> shuffled = new ArrayList<>(history());
            shuffled.addAll(history().subList(2, 6));
            Collections.shuffle(shuffled, new Random(seed));
            Population replayed = population();
            shuffled.forEach(replayed::apply);
            shuffled.forEach(replayed::apply);

            assertThat(figures(replayed)).as("seed " + seed).isEqualTo(figures(inOrder));
        }
    }

    @Test
    void aResetEmptiesEverything() {
        Population p = population();
        history().forEach(p::apply);

        p.reset();

        assertThat(p.accounts()).isEmpty();
        assertThat(p.profiles()).isEmpty();
        assertThat(p.appliedSinceReset()).isZero();
    }
}
