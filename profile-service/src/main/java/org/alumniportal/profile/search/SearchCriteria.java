package org.alumniportal.profile.search;

import java.util.List;

/**
 * The search filters; null or empty means "any". All given filters must match. {@code name} matches words by
 * prefix or with one typo; {@code company}, {@code jobRole} and {@code location} need each of their words;
 * {@code skills} must all be on the profile (after normalisation); {@code q} is free text over name, headline,
 * company, role, location and skills, every word (or word prefix) required.
 */
record SearchCriteria(String q, String name, String company, List<String> skills, Integer batchYear, String jobRole,
        String location, boolean verifiedOnly) {

    SearchCriteria {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    static SearchCriteria none() {
        return new SearchCriteria(null, null, null, List.of(), null, null, null, false);
    }
}
