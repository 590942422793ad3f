package org.alumniportal.analytics.readmodel;

import java.time.Instant;
import java.util.List;

/**
 * The newest profile snapshot of a person ({@code eventTime} decides which is newest), plus what verification
 * events add. {@code completeSince} is the first time the profile reached {@value #COMPLETE_PERCENT} %, kept as a
 * minimum so that replays in any order agree. {@code verificationStatus} is profile-service's (UNVERIFIED,
 * PENDING, VERIFIED, REJECTED), null while no event said it (snapshots written before the field existed).
 */
public record ProfileFacts(String userId, String role, String name, String company, String currentRole,
        String location, Integer batchYear, List<String> skills, String visibility, boolean verified, boolean rejected,
        int completion, List<Job> experience, String industry, boolean deleted, Instant createdAt, Instant eventTime,
        Instant completeSince, String verificationStatus) {

    public static final int COMPLETE_PERCENT = 90;
    public static final String PENDING = "PENDING";

    /** One job of the timeline; dates {@code YYYY-MM}, {@code end} null for the current one. */
    public record Job(String company, String role, String start, String end) {
    }

    public ProfileFacts {
        skills = skills == null ? List.of() : List.copyOf(skills);
        experience = experience == null ? List.of() : List.copyOf(experience);
    }

    /** Without a verification status. */
    public ProfileFacts(String userId, String role, String name, String company, String currentRole, String location,
            Integer batchYear, List<String> skills, String visibility, boolean verified, boolean rejected,
            int completion, List<Job> experience, String industry, boolean deleted, Instant createdAt,
            Instant eventTime, Instant completeSince) {
        this(userId, role, name, company, currentRole, location, batchYear, skills, visibility, verified, rejected,
                completion, experience, industry, deleted, createdAt, eventTime, completeSince, null);
    }

    /** In profile-service's verification queue: asked, not yet decided, profile not deleted. */
    public boolean isPendingVerification() {
        return !deleted && PENDING.equals(verificationStatus);
    }

    public boolean isHidden() {
        return "HIDDEN".equals(visibility);
    }

    /** What a non-admin may count: an existing profile that its owner did not hide. */
    public boolean countsPublicly() {
        return !deleted && !isHidden();
    }
}
