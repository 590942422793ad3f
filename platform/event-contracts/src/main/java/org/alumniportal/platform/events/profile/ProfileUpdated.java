package org.alumniportal.platform.events.profile;

import java.util.List;

import org.alumniportal.platform.events.DomainEvent;

/**
 * A profile changed. The whole public snapshot travels (not a diff) so that a consumer's read model is
 * right after any single event; skills are already normalised ("js" arrives as "JavaScript").
 */
public record ProfileUpdated(String userId, String role, String name, String headline, String currentCompany,
        String currentRole, String location, Integer batchYear, List<String> skills, Integer yearsOfExperience,
        String visibility, boolean verified, boolean hasCv, int completionPercentage) implements DomainEvent {
    public static final String TYPE = "profile.updated.v1";
}
