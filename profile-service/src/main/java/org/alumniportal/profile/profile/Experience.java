package org.alumniportal.profile.profile;

/**
 * One entry of the experience timeline; dates are {@code YYYY-MM}, {@code endDate} is null while {@code current}.
 */
public record Experience(String company, String role, String startDate, String endDate, boolean current,
        String description) {
}
