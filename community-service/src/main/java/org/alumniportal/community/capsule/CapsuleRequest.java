package org.alumniportal.community.capsule;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A capsule's content; HTML is sanitised, tags lower-cased. */
record CapsuleRequest(@NotBlank @Size(min = 3, max = 200) String title,
        @NotBlank @Size(max = 20_000) String content,
        @NotNull CapsuleCategory category,
        @Size(max = 10) List<@NotBlank @Size(max = 30) String> tags,
        @Min(1) @Max(120) int durationMinutes) {
}
