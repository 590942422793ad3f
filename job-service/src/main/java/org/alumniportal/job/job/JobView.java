package org.alumniportal.job.job;

import java.time.Instant;
import java.util.List;

import org.alumniportal.platform.events.Industry;

import io.swagger.v3.oas.annotations.media.Schema;

/** A job as the API shows it; {@code status} is the effective one (past the deadline counts as CLOSED). */
record JobView(String id, String title, String description, String company, String location, boolean remote,
        JobType jobType, ExperienceRange experienceRequired, List<String> skillsRequired, SalaryRange salaryRange,
        String applyLink, String postedBy, String posterRole, Instant applicationDeadline, JobStatus status,
        boolean acceptingApplications, boolean allowAlumniApplicants, long views, Instant createdAt,
        Instant updatedAt, Instant closedAt, @Schema(nullable = true) Industry industry) {

    static JobView of(Job job, Instant now) {
        return new JobView(job.getId(), job.getTitle(), job.getDescription(), job.getCompany(), job.getLocation(),
                job.isRemote(), job.getJobType(), job.getExperienceRequired(), job.getSkillsRequired(),
                job.getSalaryRange(), job.getApplyLink(), job.getPostedBy(), job.getPosterRole(),
                job.getApplicationDeadline(), job.effectiveStatusAt(now), job.isOpenAt(now),
                job.isAllowAlumniApplicants(), job.getViews(), job.getCreatedAt(), job.getUpdatedAt(),
                job.getClosedAt(), job.getIndustry());
    }
}
