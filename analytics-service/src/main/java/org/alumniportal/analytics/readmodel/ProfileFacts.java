package org.alumniportal.analytics.readmodel;

import java.time.Instant;
import java.util.List;

/**
 * The newest profile snapshot of a person ({@code eventTime} decides which is newest), plus what verification
 * events add. {@code completeSince} is the first time the profile reached {@value #COMPLETE_PERCENT} %, kept as a
 * minimum so that replays in any order agree.
 */
public record ProfileFacts(String userId, String role, String name, String company, String currentRole,
        String location, Integer batchYear, List<String> skills, String visibility, boolean verified, boolean rejected,
        int completion, List<Job> experience, String industry, boolean deleted, Instant createdAt, Instant eventTime,
        Instant completeSince) {

    public static final int COMPLETE_PERCENT = 90;

    /** One job of the timeline; dates {@code YYYY-MM}, {@code end} null for the current one. */
    public record Job(String company, String role, String start, String end) {
    }

    public ProfileFacts {
        skills = skills == null ? List.of() : List.copyOf(skills);
        experience = experience == null ? List.of() : List.copyOf(experience);
    }

    public boolean isHidden() {
        return "HIDDEN".equals(visibility);
    }

    /** What a non-admin may count: an existing profile that its owner did not hide. */
    public boolean countsPublicly() {
        return !deleted && !isHidden();
    }
}
