package org.alumniportal.analytics.dashboard;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.alumniportal.analytics.readmodel.Population;
import org.alumniportal.analytics.web.Access;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The admin dashboard. */
@RestController
@Tag(name = "Admin dashboard")
class DashboardController {

    private final Dashboard dashboard;
    private final Charts charts;
    private final Population population;

    DashboardController(Dashboard dashboard, Charts charts, Population population) {
        this.dashboard = dashboard;
        this.charts = charts;
        this.population = population;
    }

    @GetMapping("/api/admin/dashboard/metrics")
    @Operation(summary = "Key metrics: users by role, verified and pending alumni, jobs, applications, events, "
            + "RSVPs, mentorship, forum (admin only)")
    DashboardMetrics metrics(@Parameter(hidden = true) CurrentUser user) {
        Access.requireAdmin(user);
        return dashboard.metrics();
    }

    @GetMapping("/api/admin/dashboard/charts")
    @Operation(summary = "Time series (user growth, job postings, applications, event participation, mentorship "
            + "activity, forum posts) as labels + series, UTC buckets (admin only)")
    ChartData charts(@Parameter(hidden = true) CurrentUser user,
            @Parameter(description = "first day (ISO date, UTC); default 30 days before 'to'")
            @RequestParam(required = false) LocalDate from,
            @Parameter(description = "last day, inclusive (ISO date, UTC); default today")
            @RequestParam(required = false) LocalDate to,
            @RequestParam(defaultValue = "day") Bucket bucket) {
        Access.requireAdmin(user);
        LocalDate last = to != null ? to : LocalDate.ofInstant(population.now(), ZoneOffset.UTC);
        LocalDate first = from != null ? from : last.minusDays(30);
        if (first.isAfter(last)) {
            throw invalid("from", "must not be after to");
        }
        long points = switch (bucket) {
            case day -> ChronoUnit.DAYS.between(first, last) + 1;
            case week -> ChronoUnit.WEEKS.between(first, last) + 1;
            case month -> ChronoUnit.MONTHS.between(first, last) + 1;
        };
        if (points > Charts.MAX_POINTS) {
            throw invalid("from", "the range holds more than " + Charts.MAX_POINTS + " " + bucket
                    + " buckets; choose a shorter range or a wider bucket");
        }
        return charts.chart(first, last, bucket);
    }

    private static PortalException invalid(String field, String message) {
        return new PortalException(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid chart range", message + ".")
                .with("errors", List.of(new Problems.FieldError(field, message)));
    }
}
