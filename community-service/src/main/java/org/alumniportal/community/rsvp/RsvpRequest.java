package org.alumniportal.community.rsvp;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** What a person answers; WAITLISTED is not an answer but a result. */
record RsvpRequest(@NotNull @Schema(allowableValues = {"ATTENDING", "MAYBE", "NOT_ATTENDING"}) RsvpStatus status) {
}
