package org.alumniportal.job.job;

/** Published in-process after every write of a job (create, update, close, deadline sweep). */
public record JobSaved(Job job) {
}
