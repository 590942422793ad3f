package org.alumniportal.profile.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import org.alumniportal.platform.web.PortalException;

class QueryBudgetTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final QueryBudget budget = new QueryBudget(new SearchBudgetProperties(3, 60), clock);

    @Test
    void aUserWhoSpentTheBurstGetsA429WithRetryAfter() {
        budget.spend("u1");
        budget.spend("u1");
        budget.spend("u1");

        assertThatThrownBy(() -> budget.spend("u1")).isInstanceOfSatisfying(PortalException.class, e -> {
            assertThat(e.status().value()).isEqualTo(429);
            assertThat(e.type()).isEqualTo("search-budget-exhausted");
            assertThat(e.headers()).containsEntry("Retry-After", "1");
        });
    }

    @Test
    void theBudgetRefillsOverTimeAndIsPerUser() {
        for (int i = 0; i < 3; i++) {
            budget.spend("u1");
        }
        budget.spend("u2");

        clock.now = clock.now.plus(Duration.ofSeconds(2));
        budget.spend("u1");
        budget.spend("u1");

        assertThatThrownBy(() -> budget.spend("u1")).isInstanceOf(PortalException.class);
    }
}
