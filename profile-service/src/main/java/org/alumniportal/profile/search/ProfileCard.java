package org.alumniportal.profile.search;

import java.util.List;

/** A search hit, directory row or suggestion: the public face of a profile, never its contact fields. */
public record ProfileCard(String userId, String name, String headline, String currentCompany, String currentRole,
        String location, Integer batchYear, List<String> skills, boolean verified, String photoUrl) {
}
