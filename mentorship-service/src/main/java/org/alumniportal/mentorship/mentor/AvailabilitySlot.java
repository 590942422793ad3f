package org.alumniportal.mentorship.mentor;

import java.time.DayOfWeek;
import java.time.LocalTime;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** A weekly window in which the mentor usually meets (UTC), e.g. MONDAY 18:00–20:00. */
public record AvailabilitySlot(
        @NotNull @Schema(description = "day of the week", example = "MONDAY") DayOfWeek day,
        @NotNull @Schema(type = "string", example = "18:00") LocalTime start,
        @NotNull @Schema(type = "string", example = "20:00") LocalTime end) {

    @AssertTrue(message = "must end after it starts")
    @Schema(hidden = true)
    boolean isOrdered() {
        return start == null || end == null || start.isBefore(end);
    }
}
