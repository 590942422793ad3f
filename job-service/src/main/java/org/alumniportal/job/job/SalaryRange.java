package org.alumniportal.job.job;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;

/** A salary band; the currency is an ISO 4217 code. */
public record SalaryRange(@PositiveOrZero Long min, @PositiveOrZero Long max,
        @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as INR or EUR") String currency) {
}
