package org.alumniportal.profile.verification;

import java.time.Instant;

import org.alumniportal.profile.profile.Profile;

/** A row of the admin queue: enough to decide or to open the full profile. */
record PendingProfile(String userId, String name, String email, String role, String headline,
        String currentCompany, Integer batchYear, int completionPercentage, Instant requestedAt) {

    static PendingProfile of(Profile p, Instant requestedAt) {
        return new PendingProfile(p.getUserId(), p.getName(), p.getEmail(), p.getRole(), p.getHeadline(),
                p.getCurrentCompany(), p.getBatchYear(), p.getCompletionPercentage(), requestedAt);
    }
}
