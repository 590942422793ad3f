package org.alumniportal.job.posting;

import java.util.Locale;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * A role alone does not open job posting (and so applicants' CVs): a RECRUITER needs an admin's approval or an
 * e-mail address in a trusted domain, an ALUMNI a verified profile unless the admin setting lets unverified
 * alumni post.
 */
@Service
public class PostingGate {

    private final PosterFacts facts;
    private final PostingSettings settings;

    PostingGate(PosterFacts facts, PostingSettings settings) {
        this.facts = facts;
        this.settings = settings;
    }

    /** For a caller whose role may post (checked first by the job rules): refuses one without proof. */
    public void requireProof(CurrentUser user) {
        if (user.hasRole("RECRUITER")) {
            if (!approvedRecruiter(user)) {
                throw new PortalException(HttpStatus.FORBIDDEN, "recruiter-not-approved", "Recruiter not approved",
                        "A recruiter account posts jobs once an administrator has approved it.");
            }
            return;
        }
        if (!facts.find(user.id()).map(PosterFacts.Fact::isVerified).orElse(false)
                && !settings.unverifiedAlumniMayPost()) {
            throw new PortalException(HttpStatus.FORBIDDEN, "alumni-not-verified", "Alumni profile not verified",
                    "Alumni post jobs once their profile is verified; ask for verification on your profile.");
        }
    }

    private boolean approvedRecruiter(CurrentUser user) {
        if (facts.find(user.id()).map(PosterFacts.Fact::approved).orElse(false)) {
            return true;
        }
        String email = user.email();
        int at = email == null ? -1 : email.lastIndexOf('@');
        return at > 0 && settings.trustedDomains().contains(email.substring(at + 1).toLowerCase(Locale.ROOT));
    }
}
