package org.alumniportal.job.application;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The poster moves an application to {@code status}, optionally with a message for the applicant. */
record StatusRequest(@NotNull ApplicationStatus status, @Size(max = 2000) String message) {
}
