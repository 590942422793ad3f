package org.alumniportal.profile.profile;

import org.alumniportal.platform.events.profile.ProfileCreated;
import org.alumniportal.platform.events.profile.ProfileUpdated;

/** The integration-event snapshots of a profile (what job-service and others keep in their read models). */
public final class ProfileEvents {

    private ProfileEvents() {
    }

    public static ProfileCreated created(Profile p) {
        return new ProfileCreated(p.getUserId(), p.getRole(), p.getName(), p.getHeadline(), p.getCurrentCompany(),
                p.getCurrentRole(), p.getLocation(), p.getBatchYear(), p.getSkills(), p.getVisibility().name(),
                industryOf(p));
    }

    public static ProfileUpdated updated(Profile p) {
        return new ProfileUpdated(p.getUserId(), p.getRole(), p.getName(), p.getHeadline(), p.getCurrentCompany(),
                p.getCurrentRole(), p.getLocation(), p.getBatchYear(), p.getSkills(), p.yearsOfExperience(),
                p.getVisibility().name(), p.isVerified(), p.getCv() != null, p.getCompletionPercentage(),
                p.getExperience().stream().map(e -> new ProfileUpdated.ExperienceEntry(e.company(), e.role(),
                        e.startDate(), e.endDate())).toList(),
                industryOf(p), p.getVerificationStatus().name());
    }

    private static String industryOf(Profile p) {
        return p.getIndustry() == null ? null : p.getIndustry().name();
    }
}
