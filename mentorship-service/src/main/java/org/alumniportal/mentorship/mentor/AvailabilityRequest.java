package org.alumniportal.mentorship.mentor;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;

/** The mentor's own switch: false stops new requests (current mentorships go on). */
public record AvailabilityRequest(@Schema(example = "false") @NotNull Boolean available) {
}
