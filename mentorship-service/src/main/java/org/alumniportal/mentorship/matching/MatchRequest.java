package org.alumniportal.mentorship.matching;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What to match on; without skills and interests the caller's profile skills are used. */
record MatchRequest(
        @Schema(description = "skills to match instead of the profile's", example = "[\"java\", \"kafka\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> skills,
        @Schema(description = "topics the seeker wants to learn; matched like skills", example = "[\"system design\"]")
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> interests,
        @Schema(description = "how many suggestions, 1 to 50 (default 10)") @Min(1) @Max(50) Integer limit) {
}
