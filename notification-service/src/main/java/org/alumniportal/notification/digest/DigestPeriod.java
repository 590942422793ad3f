package org.alumniportal.notification.digest;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.IsoFields;

import org.alumniportal.notification.preference.Digest;

/**
 * The period a digest covers, ending at the start of the UTC day (DAILY) or of the ISO week (WEEKLY) that
 * contains {@code now}; its key names it ({@code DAILY/2026-12-01}, {@code WEEKLY/2026-W48}) and makes the send
 * unique per user.
 */
record DigestPeriod(Digest digest, Instant from, Instant to, String key) {

    static DigestPeriod ending(Digest digest, Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        if (digest == Digest.WEEKLY) {
            LocalDate monday = today.with(DayOfWeek.MONDAY);
            LocalDate previousMonday = monday.minusWeeks(1);
            return new DigestPeriod(digest, previousMonday.atStartOfDay().toInstant(ZoneOffset.UTC),
                    monday.atStartOfDay().toInstant(ZoneOffset.UTC), "WEEKLY/" + previousMonday.getYear() + "-W"
                            + previousMonday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }
        LocalDate yesterday = today.minusDays(1);
        return new DigestPeriod(digest, yesterday.atStartOfDay().toInstant(ZoneOffset.UTC),
                today.atStartOfDay().toInstant(ZoneOffset.UTC), "DAILY/" + yesterday);
    }
}
