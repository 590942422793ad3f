package org.alumniportal.job.application;

import java.time.Instant;

/** One step of an application's history: who moved it where, when, with which message. */
public record StatusChange(ApplicationStatus status, Instant at, String by, String message) {
}
