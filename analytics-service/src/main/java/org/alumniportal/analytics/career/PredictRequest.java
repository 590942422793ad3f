package org.alumniportal.analytics.career;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the asker does now; {@code years} in the current role, optional. */
record PredictRequest(
        @NotBlank @Size(max = 120) String currentRole,
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> skills,
        @Schema(nullable = true) @Min(0) @Max(60) Integer years) {
}
