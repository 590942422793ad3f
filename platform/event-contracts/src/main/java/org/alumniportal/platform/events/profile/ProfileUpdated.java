package org.alumniportal.platform.events.profile;

import java.util.List;

import org.alumniportal.platform.events.DomainEvent;

/**
 * A profile changed. The whole public snapshot travels (not a diff) so that a consumer's read model is
 * right after any single event; skills are already normalised ("js" arrives as "JavaScript").
 *
 * <p>{@code experience} (the timeline, for career-path analytics), {@code industry} (optional, one of a
 * fixed list) and {@code verificationStatus} (UNVERIFIED, PENDING, VERIFIED or REJECTED: the state of the
 * verification queue, so that a request and a resubmission are visible to consumers) were added later: an event
 * without them reads as an empty timeline, no industry and an unknown (null) status, and the shorter constructors
 * keep producers that do not send them compiling.
 */
public record ProfileUpdated(String userId, String role, String name, String headline, String currentCompany,
        String currentRole, String location, Integer batchYear, List<String> skills, Integer yearsOfExperience,
        String visibility, boolean verified, boolean hasCv, int completionPercentage, List<ExperienceEntry> experience,
        String industry, String verificationStatus) implements DomainEvent {
    public static final String TYPE = "profile.updated.v1";

    /** One job of the timeline; dates are {@code YYYY-MM}, {@code endDate} is null for the current job. */
    public record ExperienceEntry(String company, String role, String startDate, String endDate) {
    }

    public ProfileUpdated {
        experience = experience == null ? List.of() : List.copyOf(experience);
    }

    public ProfileUpdated(String userId, String role, String name, String headline, String currentCompany,
            String currentRole, String location, Integer batchYear, List<String> skills, Integer yearsOfExperience,
            String visibility, boolean verified, boolean hasCv, int completionPercentage,
            List<ExperienceEntry> experience, String industry) {
        this(userId, role, name, headline, currentCompany, currentRole, location, batchYear, skills, yearsOfExperience,
                visibility, verified, hasCv, completionPercentage, experience, industry, null);
    }

    public ProfileUpdated(String userId, String role, String name, String headline, String currentCompany,
            String currentRole, String location, Integer batchYear, List<String> skills, Integer yearsOfExperience,
            String visibility, boolean verified, boolean hasCv, int completionPercentage) {
        this(userId, role, name, headline, currentCompany, currentRole, location, batchYear, skills, yearsOfExperience,
                visibility, verified, hasCv, completionPercentage, List.of(), null, null);
    }
}
