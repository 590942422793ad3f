package org.alumniportal.job.application;

import jakarta.validation.constraints.Size;

/** The text part of a multipart application (the file comes as part {@code file}). */
record ApplyForm(@Size(max = 5000) String coverLetter) {
}
