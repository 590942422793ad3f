package org.alumniportal.job.application;

import jakarta.validation.constraints.Size;

/** JSON body of an application; without {@code cvSource} the CV on the applicant's profile is used. */
record ApplyRequest(@Size(max = 5000) String coverLetter, CvSource cvSource) {
}
