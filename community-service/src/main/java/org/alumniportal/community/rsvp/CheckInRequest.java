package org.alumniportal.community.rsvp;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A scanned ticket token. */
record CheckInRequest(@NotBlank @Size(max = 512) String ticket) {
}
