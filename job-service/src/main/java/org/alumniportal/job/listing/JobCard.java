package org.alumniportal.job.listing;

import java.time.Instant;
import java.util.List;

import org.alumniportal.job.job.ExperienceRange;
import org.alumniportal.job.job.Job;
import org.alumniportal.job.job.JobType;
import org.alumniportal.job.job.SalaryRange;

/** A job in the list: everything but the long description (that comes with {@code GET /api/jobs/{id}}). */
record JobCard(String id, String title, String company, String location, boolean remote, JobType jobType,
        ExperienceRange experienceRequired, List<String> skillsRequired, SalaryRange salaryRange,
        Instant applicationDeadline, String postedBy, String posterRole, Instant createdAt) {

    static JobCard of(Job job) {
        return new JobCard(job.getId(), job.getTitle(), job.getCompany(), job.getLocation(), job.isRemote(),
                job.getJobType(), job.getExperienceRequired(), job.getSkillsRequired(), job.getSalaryRange(),
                job.getApplicationDeadline(), job.getPostedBy(), job.getPosterRole(), job.getCreatedAt());
    }
}
