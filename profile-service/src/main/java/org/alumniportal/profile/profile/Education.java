package org.alumniportal.profile.profile;

/** One degree or course of study. */
public record Education(String institution, String degree, String fieldOfStudy, Integer startYear,
        Integer graduationYear) {
}
