package org.alumniportal.job.job;

import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The editable fields of a job: the body of create and update. Skills arrive raw and are normalised by
 * {@link SkillNormalizer}; the deadline must lie in the future whenever it is (re)set.
 */
public record JobDetails(
        @NotBlank @Size(max = 200) String title,
        @Size(max = 20_000) String description,
        @NotBlank @Size(max = 200) String company,
        @Size(max = 200) String location,
        boolean remote,
        @NotNull JobType jobType,
        @Valid ExperienceRange experienceRequired,
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> skillsRequired,
        @Valid SalaryRange salaryRange,
        @Size(max = 2000) @Pattern(regexp = "https?://\\S+", message = "must be an http(s) URL") String applyLink,
        @NotNull @Future Instant applicationDeadline,
        boolean allowAlumniApplicants) {
}
