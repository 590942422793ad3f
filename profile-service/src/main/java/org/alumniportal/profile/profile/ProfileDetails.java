package org.alumniportal.profile.profile;

import java.util.List;
import java.util.Map;

/**
 * The owner-editable part of a profile, already validated and with skills normalised. Null visibility or
 * contact settings mean "keep what is there" (defaults on create).
 */
public record ProfileDetails(String name, String headline, String bio, String currentCompany, String currentRole,
        String location, Integer batchYear, List<Experience> experience, List<Education> education,
        List<String> skills, List<String> achievements, Map<String, String> socialLinks, String phone,
        Visibility visibility, ContactVisibility contactVisibility) {
}
