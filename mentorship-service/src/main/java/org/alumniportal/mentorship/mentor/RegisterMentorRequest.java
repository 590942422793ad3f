package org.alumniportal.mentorship.mentor;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Becoming a mentor; also the body of {@code PUT /api/mentors/profile} (the whole profile, not a patch). */
public record RegisterMentorRequest(
        @Schema(description = "skills the mentor helps with; normalised with the portal's skill vocabulary",
                example = "[\"java\", \"Spring Boot\", \"system design\"]")
        @NotEmpty @Size(max = 20) List<@NotBlank @Size(max = 60) String> expertiseAreas,
        @Schema(description = "how many mentees at a time, 1 to 20", example = "3")
        @NotNull @Min(1) @Max(20) Integer maxMentees,
        @Size(max = 2000) String bio,
        @Schema(description = "optional weekly windows (UTC)")
        @Size(max = 21) List<@Valid @NotNull AvailabilitySlot> availability) {
}
