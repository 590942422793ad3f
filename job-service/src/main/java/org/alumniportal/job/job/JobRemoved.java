package org.alumniportal.job.job;

/** Published in-process after a job was deleted. */
public record JobRemoved(String jobId) {
}
