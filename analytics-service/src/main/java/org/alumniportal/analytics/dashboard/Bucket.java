package org.alumniportal.analytics.dashboard;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The width of one point of a time series; weeks start on Monday (ISO). */
enum Bucket {
    day, week, month;

    LocalDate start(LocalDate date) {
        return switch (this) {
            case day -> date;
            case week -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case month -> date.withDayOfMonth(1);
        };
    }

    LocalDate next(LocalDate start) {
        return switch (this) {
            case day -> start.plusDays(1);
            case week -> start.plusWeeks(1);
            case month -> start.plusMonths(1);
        };
    }
}
