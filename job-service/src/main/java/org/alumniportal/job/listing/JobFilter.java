package org.alumniportal.job.listing;

import java.util.List;

import org.alumniportal.job.job.JobType;

/**
 * The list's filters; null or empty means "any". {@code skills} must all be required by a job;
 * {@code company}, {@code location} and {@code q} match words (case-insensitive), {@code q} over
 * title, description and company.
 */
record JobFilter(String company, String location, List<String> skills, JobType jobType, Boolean remote, String q) {

    JobFilter {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }
}
