package org.alumniportal.mentorship.session;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The mentee's rating of a completed session. */
record FeedbackRequest(@Schema(description = "1 to 5", example = "5") @NotNull @Min(1) @Max(5) Integer rating,
        @Size(max = 2000) String comment) {
}
