package org.alumniportal.platform.events.profile;

import java.util.List;

import org.alumniportal.platform.events.DomainEvent;

/** A user created their profile. Carries the fields other services keep in their read models. */
public record ProfileCreated(String userId, String role, String name, String headline, String currentCompany,
        String currentRole, String location, Integer batchYear, List<String> skills, String visibility,
        String industry) implements DomainEvent {
    public static final String TYPE = "profile.created.v1";

    /**
     * Without an industry. {@code industry} (optional, an {@link org.alumniportal.platform.events.Industry} name)
     * was added later: an event without it reads as no industry.
     */
    public ProfileCreated(String userId, String role, String name, String headline, String currentCompany,
            String currentRole, String location, Integer batchYear, List<String> skills, String visibility) {
        this(userId, role, name, headline, currentCompany, currentRole, location, batchYear, skills, visibility, null);
    }
}
