package org.alumniportal.mentorship.mentorship;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A student's request: whom, and a word about why. */
record RequestMentorshipRequest(@NotBlank @Size(max = 100) String mentorId, @Size(max = 2000) String message) {
}
