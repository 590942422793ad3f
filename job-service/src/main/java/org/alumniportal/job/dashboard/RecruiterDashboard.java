package org.alumniportal.job.dashboard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.alumniportal.job.application.ApplicationRepository;
import org.alumniportal.job.application.ApplicationStatus;
import org.alumniportal.job.application.JobApplication;
import org.alumniportal.job.application.StatusChange;
import org.alumniportal.job.dashboard.DashboardViews.Analytics;
import org.alumniportal.job.dashboard.DashboardViews.JobAnalytics;
import org.alumniportal.job.dashboard.DashboardViews.MyJob;
import org.alumniportal.job.dashboard.DashboardViews.Summary;
import org.alumniportal.job.job.Job;
import org.alumniportal.job.job.JobRepository;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;

/**
 * Figures for a poster. One read of the poster's applications per request ({@code findByPosterId}: the
 * {@code poster_applied} index on MongoDB, a scan on the embedded store, which is acceptable at this scale),
 * grouped in memory; jobs are read a page at a time.
 */
@Service
class RecruiterDashboard {

    private final JobRepository jobs;
    private final ApplicationRepository applications;

    RecruiterDashboard(JobRepository jobs, ApplicationRepository applications) {
        this.jobs = jobs;
        this.applications = applications;
    }

    PageResponse<MyJob> myJobs(String posterId, int page, int size) {
        Page<Job> mine = pageOfJobs(posterId, page, size);
        Map<String, List<JobApplication>> byJob = applicationsByJob(posterId);
        List<MyJob> items = mine.getContent().stream().map(job -> {
            List<JobApplication> received = byJob.getOrDefault(job.getId(), List.of());
            return new MyJob(job.getId(), job.getTitle(), job.getCompany(), job.getStatus(),
                    job.getApplicationDeadline(), job.getCreatedAt(), job.getViews(), received.size(),
                    countByStatus(received));
        }).toList();
        return PageResponse.of(items, mine.getNumber(), mine.getSize(), mine.getTotalElements());
    }

    Analytics analytics(String posterId, int page, int size) {
        Page<Job> mine = pageOfJobs(posterId, page, size);
        List<JobApplication> all = applications.findByPosterId(posterId);
        Map<String, List<JobApplication>> byJob = all.stream()
                .collect(Collectors.groupingBy(JobApplication::getJobId));
        List<JobAnalytics> perJob = new ArrayList<>();
        for (Job job : mine.getContent()) {
            List<JobApplication> received = byJob.getOrDefault(job.getId(), List.of());
            List<Double> hours = hoursToFirstResponse(received);
            perJob.add(new JobAnalytics(job.getId(), job.getTitle(), job.getStatus(), job.getViews(),
                    received.size(), job.getViews() == 0 ? null : round((double) received.size() / job.getViews()),
                    countByStatus(received), reachedShare(received), hours.size(), median(hours), average(hours)));
        }
        long views = jobs.findAllByPostedByAndDeletedAtIsNull(posterId).stream().mapToLong(Job::getViews).sum();
        List<Double> hours = hoursToFirstResponse(all);
        return new Analytics(mine.getTotalElements(), views, all.size(), countByStatus(all), median(hours),
                average(hours), PageResponse.of(perJob, mine.getNumber(), mine.getSize(), mine.getTotalElements()));
    }

    Summary summary(String posterId) {
        List<JobApplication> all = applications.findByPosterId(posterId);
        return new Summary(all.size(), countByStatus(all));
    }

    private Page<Job> pageOfJobs(String posterId, int page, int size) {
        return jobs.findByPostedByAndDeletedAtIsNull(posterId, PageRequest.of(Paging.page(page),
                Paging.size(size), Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id"))));
    }

    private Map<String, List<JobApplication>> applicationsByJob(String posterId) {
        return applications.findByPosterId(posterId).stream().collect(Collectors.groupingBy(JobApplication::getJobId));
    }

    /** Every status appears, zero included, in pipeline order: a dashboard should not have to guess keys. */
    static Map<String, Long> countByStatus(List<JobApplication> applications) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (ApplicationStatus status : ApplicationStatus.values()) {
            counts.put(status.name(), 0L);
        }
        applications.forEach(a -> counts.merge(a.getStatus().name(), 1L, Long::sum));
        return counts;
    }

    private static final List<ApplicationStatus> FUNNEL = List.of(ApplicationStatus.VIEWED,
            ApplicationStatus.SHORTLISTED, ApplicationStatus.INTERVIEW, ApplicationStatus.OFFERED);

    static Map<String, Double> reachedShare(List<JobApplication> applications) {
        Map<String, Double> shares = new LinkedHashMap<>();
        for (ApplicationStatus stage : FUNNEL) {
            long reached = applications.stream().filter(a -> everReached(a, stage)).count();
            shares.put(stage.name(), applications.isEmpty() ? 0.0 : round((double) reached / applications.size()));
        }
        return shares;
    }

    private static boolean everReached(JobApplication application, ApplicationStatus stage) {
        Set<ApplicationStatus> seen = EnumSet.noneOf(ApplicationStatus.class);
        application.getStatusHistory().stream().map(StatusChange::status).forEach(seen::add);
        return seen.contains(stage);
    }

    static List<Double> hoursToFirstResponse(List<JobApplication> applications) {
        return applications.stream().filter(a -> a.getRespondedAt() != null)
                .map(a -> Duration.between(a.getAppliedAt(), a.getRespondedAt()).toMillis() / 3_600_000.0)
                .sorted().toList();
    }

    static Double median(List<Double> sorted) {
        if (sorted.isEmpty()) {
            return null;
        }
        int middle = sorted.size() / 2;
        return round(sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2);
    }

    static Double average(List<Double> values) {
        return values.isEmpty() ? null : round(values.stream().mapToDouble(Double::doubleValue).average().orElseThrow());
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
