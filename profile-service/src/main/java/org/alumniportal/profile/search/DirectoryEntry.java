package org.alumniportal.profile.search;

import java.time.Instant;
import java.util.List;

import org.alumniportal.profile.profile.Visibility;

/**
 * What the directory knows of one profile: the listable fields plus what privacy and ordering need. Contact
 * fields (email, phone, social links) are deliberately absent, so no search path can leak them.
 *
 * @param role the owner's portal role; only ALUMNI are listed
 * @param skills already normalised by the profile core's {@code SkillNormalizer}
 */
public record DirectoryEntry(String userId, String role, String name, String headline, String currentCompany,
        String currentRole, String location, Integer batchYear, List<String> skills, Visibility visibility,
        boolean verified, String photoUrl, Instant updatedAt, int yearsOfExperience) {

    public DirectoryEntry {
        skills = skills == null ? List.of() : List.copyOf(skills);
        visibility = visibility == null ? Visibility.SIGNED_IN : visibility;
        updatedAt = updatedAt == null ? Instant.EPOCH : updatedAt;
    }

    public ProfileCard card() {
        return new ProfileCard(userId, name, headline, currentCompany, currentRole, location, batchYear, skills,
                verified, photoUrl);
    }
}
