package org.alumniportal.job.recommendation;

import java.time.Instant;
import java.util.List;

import org.alumniportal.job.job.ExperienceRange;
import org.alumniportal.job.job.JobType;
import org.alumniportal.job.job.SalaryRange;

/** A recommended job as the list shows it; the full posting is {@code GET /api/jobs/{id}}. */
record JobSummary(String id, String title, String company, String location, boolean remote, JobType jobType,
        ExperienceRange experienceRequired, List<String> skillsRequired, SalaryRange salaryRange,
        Instant applicationDeadline, Instant createdAt) {

    static JobSummary of(OpenJob job) {
        return new JobSummary(job.id(), job.title(), job.company(), job.location(), job.remote(), job.jobType(),
                job.experienceRequired(), job.skillsRequired(), job.salaryRange(), job.applicationDeadline(),
                job.createdAt());
    }
}
