package org.alumniportal.profile.profile;

import org.alumniportal.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * The ALUMNI role is self-chosen at registration; what opens alumni-only content is an admin's verification of
 * the viewer's own profile. One lookup by id per request.
 */
@Component
public class AlumniProof {

    private final ProfileRepository profiles;

    AlumniProof(ProfileRepository profiles) {
        this.profiles = profiles;
    }

    public boolean isVerifiedAlumnus(CurrentUser viewer) {
        return viewer.hasRole("ALUMNI") && profiles.findById(viewer.id())
                .map(p -> p.getVerificationStatus() == VerificationStatus.VERIFIED).orElse(false);
    }
}
