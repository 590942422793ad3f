package org.alumniportal.job.dashboard;

import org.alumniportal.job.dashboard.DashboardViews.Analytics;
import org.alumniportal.job.dashboard.DashboardViews.MyJob;
import org.alumniportal.job.dashboard.DashboardViews.Summary;
import org.alumniportal.job.job.JobPermissions;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.alumniportal.platform.web.PageResponse;

/** The poster's view of their jobs (ALUMNI and RECRUITER, like posting). */
@RestController
@RequestMapping("/api/recruiter")
@Tag(name = "Recruiter dashboard", description = "My jobs, their analytics and an application summary")
class RecruiterController {

    private final RecruiterDashboard dashboard;

    RecruiterController(RecruiterDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/jobs")
    @Operation(summary = "My jobs, newest first, with application counts by status")
    PageResponse<MyJob> jobs(CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        JobPermissions.requireMayPost(user);
        return dashboard.myJobs(user.id(), page, size);
    }

    @GetMapping("/analytics")
    @Operation(summary = "Per job: views, applications, counts and funnel by status, time to first response")
    Analytics analytics(CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        JobPermissions.requireMayPost(user);
        return dashboard.analytics(user.id(), page, size);
    }

    @GetMapping("/applications/summary")
    @Operation(summary = "Applications to all my jobs, counted by status")
    Summary summary(CurrentUser user) {
        JobPermissions.requireMayPost(user);
        return dashboard.summary(user.id());
    }
}
