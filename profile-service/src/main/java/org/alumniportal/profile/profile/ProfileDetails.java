package org.alumniportal.profile.profile;

import java.util.List;
import java.util.Map;

import org.alumniportal.platform.events.Industry;

/**
 * The owner-editable part of a profile, already validated and with skills normalised. Null visibility or
 * contact settings mean "keep what is there" (defaults on create).
 */
public record ProfileDetails(String name, String headline, String bio, String currentCompany, String currentRole,
        String location, Integer batchYear, List<Experience> experience, List<Education> education,
        List<String> skills, List<String> achievements, Map<String, String> socialLinks, String phone,
        Visibility visibility, ContactVisibility contactVisibility, Industry industry) {

    /** Without an industry (it is optional; imports and older callers have none). */
    public ProfileDetails(String name, String headline, String bio, String currentCompany, String currentRole,
            String location, Integer batchYear, List<Experience> experience, List<Education> education,
            List<String> skills, List<String> achievements, Map<String, String> socialLinks, String phone,
            Visibility visibility, ContactVisibility contactVisibility) {
        this(name, headline, bio, currentCompany, currentRole, location, batchYear, experience, education, skills,
                achievements, socialLinks, phone, visibility, contactVisibility, null);
    }
}
