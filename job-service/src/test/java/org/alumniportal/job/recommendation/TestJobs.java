package org.alumniportal.job.recommendation;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.alumniportal.job.job.ExperienceRange;
import org.alumniportal.job.job.Job;
import org.alumniportal.job.job.JobDetails;
import org.alumniportal.job.job.JobType;
import org.alumniportal.platform.skills.SkillNormalizer;

/** Jobs for the unit tests, built through the core's own factory. */
final class TestJobs {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private TestJobs() {
    }

    static Job job(String id, String poster, List<String> skills, String location, boolean remote,
            ExperienceRange experience, Instant postedAt) {
        JobDetails details = new JobDetails("Engineer " + id, "", "Acme", location, remote, JobType.FULL_TIME,
                experience, skills, null, null, NOW.plus(Duration.ofDays(30)), false);
        return Job.post(id, details, SkillNormalizer.standard().normalizeAll(skills), poster, "RECRUITER", postedAt);
    }

    static OpenJob open(String id, List<String> skills) {
        return OpenJob.of(job(id, "recruiter-1", skills, "Pune", false, new ExperienceRange(1, 5), NOW));
    }
}
