package org.alumniportal.job.job;

/** The kinds of engagement a posting offers. */
public enum JobType {
    FULL_TIME, PART_TIME, INTERNSHIP, CONTRACT
}
