package org.alumniportal.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.alumniportal.notification.preference.Digest;
import org.junit.jupiter.api.Test;

class DigestPeriodTest {

    @Test
    void theDailyDigestCoversYesterdayInUtc() {
        DigestPeriod period = DigestPeriod.ending(Digest.DAILY, Instant.parse("2026-12-02T07:00:00Z"));

        assertThat(period.from()).isEqualTo(Instant.parse("2026-12-01T00:00:00Z"));
        assertThat(period.to()).isEqualTo(Instant.parse("2026-12-02T00:00:00Z"));
        assertThat(period.key()).isEqualTo("DAILY/2026-12-01");
    }

    @Test
    void theWeeklyDigestCoversLastMondayToSunday() {
        DigestPeriod period = DigestPeriod.ending(Digest.WEEKLY, Instant.parse("2026-12-02T07:00:00Z"));

        assertThat(period.from()).isEqualTo(Instant.parse("2026-11-23T00:00:00Z"));
        assertThat(period.to()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        assertThat(period.key()).isEqualTo("WEEKLY/2026-W48");
    }
}
