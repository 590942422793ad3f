package org.alumniportal.analytics.readmodel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventTypes;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.skills.SkillNormalizer;
import org.alumniportal.platform.test.MutableClock;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

/** Reads between events cost no computation; only figures that read the clock are refreshed as time passes. */
class FigureCacheTest {

    private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");

    private final MutableClock clock = new MutableClock(T0);
    private final Population population = new Population(clock, SkillNormalizer.standard());

    @Test
    void aFigureOfTheModelsAloneIsComputedOncePerVersionHoweverMuchTimePasses() {
        AtomicInteger computed = new AtomicInteger();

        population.cached("figure", computed::incrementAndGet);
        clock.advance(Duration.ofHours(1));
        population.cached("figure", computed::incrementAndGet);
        population.cached("figure", computed::incrementAndGet);

        assertThat(computed).hasValue(1);
    }

    @Test
    void anEventMakesTheNextReaderComputeTheFigureAgain() {
        AtomicInteger computed = new AtomicInteger();
        population.cached("figure", computed::incrementAndGet);

        population.apply(new EventEnvelope(UUID.randomUUID().toString(), EventTypes.typeOf(UserRegistered.class),
                "test", T0, "u1", JsonMapper.builder().build().valueToTree(
                        new UserRegistered("u1", "a@b.c", "A", "ALUMNI"))));

        assertThat((Integer) population.cached("figure", computed::incrementAndGet)).isEqualTo(2);
    }

    @Test
    void aClockDependentFigureIsServedWhileItIsRefreshedAfterAMinute() {
        AtomicInteger computed = new AtomicInteger();
        assertThat((Integer) population.cachedWithClock("open", computed::incrementAndGet)).isEqualTo(1);

        clock.advance(Duration.ofSeconds(61));

        assertThat((Integer) population.cachedWithClock("open", computed::incrementAndGet)).isEqualTo(1);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(computed).hasValue(2));
        assertThat((Integer) population.cachedWithClock("open", computed::incrementAndGet)).isEqualTo(2);
    }
}
