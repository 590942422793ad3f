package org.alumniportal.analytics.insight;

import org.alumniportal.analytics.web.Access;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Platform analytics for administrators; lists are paged, largest groups first. */
@RestController
@Tag(name = "Analytics")
class AnalyticsController {

    private static final String ROLE = "STUDENT, ALUMNI, RECRUITER or ADMIN; all profiles when absent";

    private final Insights insights;

    AnalyticsController(Insights insights) {
        this.insights = insights;
    }

    @GetMapping("/api/analytics/skills")
    @Operation(summary = "Skills by number of profiles listing them, with open jobs requiring each (admin only)")
    PageResponse<Figures.SkillCount> skills(@Parameter(hidden = true) CurrentUser user,
            @Parameter(description = ROLE) @RequestParam(required = false) String role,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Access.requireAdmin(user);
        return PageResponse.slice(insights.skills(role), page, size);
    }

    @GetMapping("/api/analytics/locations")
    @Operation(summary = "Profiles by location with coordinates from the offline gazetteer; unknown places without "
            + "(admin only)")
    PageResponse<Figures.LocationCount> locations(@Parameter(hidden = true) CurrentUser user,
            @Parameter(description = ROLE) @RequestParam(required = false) String role,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Access.requireAdmin(user);
        return PageResponse.slice(insights.locations(role), page, size);
    }

    @GetMapping("/api/analytics/companies")
    @Operation(summary = "Current employers of alumni, by number of alumni (admin only)")
    PageResponse<Figures.CompanyCount> companies(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Access.requireAdmin(user);
        return PageResponse.slice(insights.companies(), page, size);
    }

    @GetMapping("/api/analytics/batches")
    @Operation(summary = "Profiles by graduation year, oldest first, with how many are verified (admin only)")
    PageResponse<Figures.BatchCount> batches(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        Access.requireAdmin(user);
        return PageResponse.slice(insights.batches(), page, size);
    }

    @GetMapping("/api/analytics/job-trends")
    @Operation(summary = "Jobs by category (job type): posted, open, applications, posts per month, top skills "
            + "(admin only)")
    PageResponse<Figures.JobTrend> jobTrends(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Access.requireAdmin(user);
        return PageResponse.slice(insights.jobTrends(), page, size);
    }

    @GetMapping("/api/analytics/mentorship-stats")
    @Operation(summary = "Mentors, requests and their outcomes, sessions, mean rating, top expertise (admin only)")
    Figures.MentorshipStats mentorship(@Parameter(hidden = true) CurrentUser user) {
        Access.requireAdmin(user);
        return insights.mentorship();
    }

    @GetMapping("/api/analytics/event-participation")
    @Operation(summary = "Attendance: totals and per event (newest first) ATTENDING answers, check-ins, attendance "
            + "and fill rates (admin only)")
    Figures.ParticipationSummary eventParticipation(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Access.requireAdmin(user);
        Figures.Participation all = insights.eventParticipation();
        return new Figures.ParticipationSummary(all.events(), all.attending(), all.checkIns(), all.attendanceRate(),
                PageResponse.slice(all.byEvent(), page, size));
    }

    @GetMapping("/api/analytics/engagement")
    @Operation(summary = "Engagement across the population: active people, score bands, mean score per role "
            + "(admin only)")
    Figures.Engagement engagement(@Parameter(hidden = true) CurrentUser user) {
        Access.requireAdmin(user);
        return insights.engagement();
    }
}
