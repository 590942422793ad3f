package org.alumniportal.job.job;

import java.time.Instant;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;

import org.alumniportal.platform.events.Industry;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The editable fields of a job: the body of create and update. Skills arrive raw and are normalised by
 * the platform {@code SkillNormalizer}; the deadline must lie in the future whenever it is (re)set. The two flags are optional
 * and default to false: Jackson 3 refuses an absent or null primitive unless told to use its empty value.
 */
public record JobDetails(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20_000) String description,
        @NotBlank @Size(max = 200) String company,
        @Size(max = 200) String location,
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean remote,
        @NotNull JobType jobType,
        @Valid ExperienceRange experienceRequired,
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> skillsRequired,
        @Valid SalaryRange salaryRange,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String applyLink,
        @NotNull @Future Instant applicationDeadline,
        @JsonSetter(nulls = Nulls.AS_EMPTY) boolean allowAlumniApplicants,
        @Schema(description = "Optional; one of the portal's fixed industry list (the industry heatmap counts it)",
                nullable = true) Industry industry) {

    /** Without an industry (it is optional). */
    public JobDetails(String title, String description, String company, String location, boolean remote,
            JobType jobType, ExperienceRange experienceRequired, List<String> skillsRequired, SalaryRange salaryRange,
            String applyLink, Instant applicationDeadline, boolean allowAlumniApplicants) {
        this(title, description, company, location, remote, jobType, experienceRequired, skillsRequired, salaryRange,
                applyLink, applicationDeadline, allowAlumniApplicants, null);
    }
}
