package org.alumniportal.community.event;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The editable details of an event, for create and (full) update. Rules across fields (end after start, a
 * https meeting link for virtual events…) are checked by {@link EventRules}.
 */
public record EventRequest(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20_000) String description,
        @NotNull EventType eventType,
        @Size(max = 300) String location,
        @JsonProperty("isVirtual") @Schema(name = "isVirtual") boolean isVirtual,
        @Size(max = 500) @Schema(description = "https only; required for a virtual event") String meetingLink,
        @NotNull Instant startDate,
        @NotNull Instant endDate,
        @Schema(description = "RSVPs close then; defaults to the start") Instant registrationDeadline,
        @Min(1) @Max(100_000) @Schema(description = "empty for no limit") Integer maxAttendees) {
}
