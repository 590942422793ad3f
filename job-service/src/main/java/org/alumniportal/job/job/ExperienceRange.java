package org.alumniportal.job.job;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Years of experience a posting asks for; either bound may be absent. */
public record ExperienceRange(@Min(0) @Max(60) Integer minYears, @Min(0) @Max(60) Integer maxYears) {
}
