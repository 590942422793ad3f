package org.alumniportal.mentorship.session;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Changes to a session; every member is optional and only the given ones change. */
record UpdateSessionRequest(
        @Schema(description = "a new start (reschedule; SCHEDULED sessions only)") @Future Instant scheduledAt,
        @Min(15) @Max(240) Integer durationMinutes,
        @Size(max = 500) @Pattern(regexp = SessionRules.HTTPS_URL, message = "must be an https URL")
        String meetingLink,
        @Size(max = 2000) String agenda,
        @Schema(description = "the people's notes; also after completion") @Size(max = 5000) String notes) {

    boolean movesTime() {
        return scheduledAt != null || durationMinutes != null;
    }

    boolean changesPlan() {
        return movesTime() || meetingLink != null || agenda != null;
    }
}
