package org.alumniportal.analytics.testing;

import java.util.List;

import org.alumniportal.platform.events.profile.ProfileUpdated;

/** Profile snapshots for tests, with the fields each test varies. */
public final class Profiles {

    private Profiles() {
    }

    public static ProfileUpdated profile(String userId, String role, String location, List<String> skills,
            String visibility, boolean verified, int completion) {
        return new ProfileUpdated(userId, role, "Person " + userId.substring(0, Math.min(12, userId.length())),
                "Engineer", "Acme", "Engineer", location, 2020, skills, 3, visibility, verified, true, completion,
                List.of(), null);
    }

    /** The snapshot profile-service sends with its verification queue state (UNVERIFIED, PENDING, VERIFIED, REJECTED). */
    public static ProfileUpdated inQueueState(String userId, String verificationStatus) {
        return new ProfileUpdated(userId, "ALUMNI", "Person", "Engineer", "Acme", "Engineer", "Pune", 2020, List.of(), 3,
                "SIGNED_IN", "VERIFIED".equals(verificationStatus), true, 60, List.of(), null, verificationStatus);
    }

    public static ProfileUpdated withTimeline(String userId, String location, List<String> skills, String industry,
            List<ProfileUpdated.ExperienceEntry> timeline) {
        return new ProfileUpdated(userId, "ALUMNI", "Person", "Engineer", "Acme",
                timeline.isEmpty() ? null : timeline.get(timeline.size() - 1).role(), location, 2018, skills, 5,
                "SIGNED_IN", true, true, 80, timeline, industry);
    }

    public static ProfileUpdated.ExperienceEntry job(String role, String start, String end) {
        return new ProfileUpdated.ExperienceEntry("Acme", role, start, end);
    }
}
