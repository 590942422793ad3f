package org.alumniportal.job.dashboard;

import java.time.Instant;
import java.util.Map;

import org.alumniportal.job.job.JobStatus;
import org.alumniportal.platform.web.PageResponse;

/** Response records of the dashboard. */
final class DashboardViews {

    private DashboardViews() {
    }

    record MyJob(String id, String title, String company, JobStatus status, Instant applicationDeadline,
            Instant createdAt, long views, long applications, Map<String, Long> applicationsByStatus) {
    }

    /**
     * @param reachedShare of the applications, the share that ever reached each status (a funnel: SHORTLISTED
     *                     counts those now in INTERVIEW too); {@code applyRate} = applications / views
     * @param medianHoursToFirstResponse from applying to the poster's first decision (shortlist, interview,
     *                                   offer or reject; viewing is not a response); null without responses
     */
    record JobAnalytics(String jobId, String title, JobStatus status, long views, long applications,
            Double applyRate, Map<String, Long> byStatus, Map<String, Double> reachedShare, long responded,
            Double medianHoursToFirstResponse, Double averageHoursToFirstResponse) {
    }

    /** Totals over all my jobs; {@code perJob} is one page of them, newest first. */
    record Analytics(long jobs, long views, long applications, Map<String, Long> byStatus,
            Double medianHoursToFirstResponse, Double averageHoursToFirstResponse, PageResponse<JobAnalytics> perJob) {
    }

    record Summary(long total, Map<String, Long> byStatus) {
    }
}
