package org.alumniportal.job.job;

/** A job takes applications while ACTIVE and not past its deadline; CLOSED is final. */
public enum JobStatus {
    ACTIVE, CLOSED
}
