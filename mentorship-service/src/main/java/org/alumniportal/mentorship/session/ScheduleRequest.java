package org.alumniportal.mentorship.session;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** A new session of an ACTIVE mentorship. */
record ScheduleRequest(
        @Schema(description = "start, ISO-8601 instant in the future", example = "2027-01-15T17:00:00Z")
        @NotNull @Future Instant scheduledAt,
        @Schema(description = "15 to 240 minutes", example = "60") @NotNull @Min(15) @Max(240) Integer durationMinutes,
        @Schema(description = "an https URL", example = "https://meet.example.com/abc")
        @NotNull @Size(max = 500) @Pattern(regexp = SessionRules.HTTPS_URL, message = "must be an https URL")
        String meetingLink,
        @Size(max = 2000) String agenda) {
}
