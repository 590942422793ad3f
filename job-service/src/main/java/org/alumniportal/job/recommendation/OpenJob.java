package org.alumniportal.job.recommendation;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.alumniportal.job.job.ExperienceRange;
import org.alumniportal.job.job.Job;
import org.alumniportal.job.job.JobType;
import org.alumniportal.job.job.SalaryRange;

/**
 * An ACTIVE job as scoring needs it, with what is costly to derive per request (lower-cased skill set and
 * location) computed once when the job is saved.
 */
record OpenJob(String id, String title, String company, String location, boolean remote, JobType jobType,
        ExperienceRange experienceRequired, List<String> skillsRequired, SalaryRange salaryRange,
        Instant applicationDeadline, String postedBy, boolean allowAlumniApplicants, Instant createdAt,
        Instant updatedAt, Set<String> skillKeys, String locationKey) {

    static OpenJob of(Job job) {
        Set<String> keys = new HashSet<>();
        for (String skill : job.getSkillsRequired()) {
            keys.add(skillKey(skill));
        }
        return new OpenJob(job.getId(), job.getTitle(), job.getCompany(), job.getLocation(), job.isRemote(),
                job.getJobType(), job.getExperienceRequired(), job.getSkillsRequired(), job.getSalaryRange(),
                job.getApplicationDeadline(), job.getPostedBy(), job.isAllowAlumniApplicants(), job.getCreatedAt(),
                job.getUpdatedAt(), Set.copyOf(keys), locationKey(job.getLocation()));
    }

    boolean openAt(Instant now) {
        return applicationDeadline == null || applicationDeadline.isAfter(now);
    }

    /** Skills are compared case-insensitively after normalisation (both sides use the job's normaliser). */
    static String skillKey(String normalisedSkill) {
        return normalisedSkill.toLowerCase(Locale.ROOT);
    }

    static String locationKey(String location) {
        return location == null || location.isBlank() ? null : location.strip().toLowerCase(Locale.ROOT);
    }
}
