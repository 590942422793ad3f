package org.alumniportal.profile.profile;

import java.util.List;
import java.util.Map;

import org.alumniportal.platform.events.Industry;

import io.swagger.v3.oas.annotations.media.Schema;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.URL;

/**
 * Body of create and update (PUT replaces every editable field; {@code visibility} and {@code contactVisibility}
 * are kept when absent). Email and role come from the caller's token, never from the body.
 */
record ProfileRequest(
        @Size(max = 100) String name,
        @Size(max = 160) String headline,
        @Size(max = 2000) String bio,
        @Size(max = 120) String currentCompany,
        @Size(max = 120) String currentRole,
        @Size(max = 120) String location,
        @BatchYear Integer batchYear,
        @Size(max = 30) List<@Valid ExperienceRequest> experience,
        @Size(max = 20) List<@Valid EducationRequest> education,
        @Size(max = 50) List<@NotBlank @Size(max = 60) String> skills,
        @Size(max = 30) List<@NotBlank @Size(max = 300) String> achievements,
        @Size(max = 4) Map<@Pattern(regexp = "linkedin|github|website|twitter",
                message = "must be one of linkedin, github, website, twitter") String,
                @NotBlank @Size(max = 300) @URL @Pattern(regexp = "(?i)https?://.+", message = "must be an http(s) URL")
                String> socialLinks,
        @Size(max = 30) @Pattern(regexp = "\\+?[0-9 ()./-]{5,30}", message = "must be a phone number") String phone,
        Visibility visibility,
        ContactVisibilityRequest contactVisibility,
        @Schema(description = "Optional; one of the portal's fixed industry list (the industry heatmap counts it)",
                nullable = true) Industry industry) {

    /** Without an industry (it is optional). */
    ProfileRequest(String name, String headline, String bio, String currentCompany, String currentRole,
            String location, Integer batchYear, List<ExperienceRequest> experience, List<EducationRequest> education,
            List<String> skills, List<String> achievements, Map<String, String> socialLinks, String phone,
            Visibility visibility, ContactVisibilityRequest contactVisibility) {
        this(name, headline, bio, currentCompany, currentRole, location, batchYear, experience, education, skills,
                achievements, socialLinks, phone, visibility, contactVisibility, null);
    }

    /** Each flag optional; an absent one takes its default ({@link ContactVisibility#DEFAULT}). */
    record ContactVisibilityRequest(Boolean showEmail, Boolean showPhone, Boolean showSocialLinks) {

        ContactVisibility toContactVisibility() {
            ContactVisibility d = ContactVisibility.DEFAULT;
            return new ContactVisibility(showEmail != null ? showEmail : d.showEmail(),
                    showPhone != null ? showPhone : d.showPhone(),
                    showSocialLinks != null ? showSocialLinks : d.showSocialLinks());
        }
    }

    static final String YEAR_MONTH = "\\d{4}-(0[1-9]|1[0-2])";

    record ExperienceRequest(
            @NotBlank @Size(max = 120) String company,
            @NotBlank @Size(max = 120) String role,
            @NotBlank @Pattern(regexp = YEAR_MONTH, message = "must be YYYY-MM") String startDate,
            @Pattern(regexp = YEAR_MONTH, message = "must be YYYY-MM") String endDate,
            Boolean current,
            @Size(max = 2000) String description) {

        /** A field error {@code experience[i].endDateAfterStart} when the dates run backwards or end is missing. */
        @AssertTrue(message = "endDate must be given unless current, and not before startDate")
        boolean isEndDateAfterStart() {
            if (isCurrent()) {
                return true;
            }
            return endDate != null && (startDate == null || endDate.compareTo(startDate) >= 0);
        }

        Experience toExperience() {
            return new Experience(company.strip(), role.strip(), startDate, isCurrent() ? null : endDate,
                    isCurrent(), description);
        }

        /** Optional in JSON: absent means a finished position. */
        private boolean isCurrent() {
            return Boolean.TRUE.equals(current);
        }
    }

    record EducationRequest(
            @NotBlank @Size(max = 160) String institution,
            @Size(max = 120) String degree,
            @Size(max = 120) String fieldOfStudy,
            @Min(1940) @Max(2100) Integer startYear,
            @BatchYear Integer graduationYear) {

        Education toEducation() {
            return new Education(institution.strip(), degree, fieldOfStudy, startYear, graduationYear);
        }
    }
}
