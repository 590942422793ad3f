package org.alumniportal.job.candidate;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What job-service knows of a person's profile, as of the newest profile event applied ({@code eventTime}).
 * A deleted profile stays as a tombstone without personal data, so that an older event arriving late cannot
 * bring it back; readers never see tombstones ({@link Candidates#find}).
 */
@Document(Candidate.COLLECTION)
public class Candidate {

    static final String COLLECTION = "candidates";

    @Id
    private final String userId;
    private final String role;
    private final List<String> skills;
    private final String location;
    private final Integer yearsOfExperience;
    private final String currentRole;
    private final boolean hasCv;
    private final boolean deleted;
    private final Instant eventTime;

    @PersistenceCreator
    Candidate(String userId, String role, List<String> skills, String location, Integer yearsOfExperience,
            String currentRole, boolean hasCv, boolean deleted, Instant eventTime) {
        this.userId = userId;
        this.role = role;
        this.skills = skills == null ? List.of() : List.copyOf(skills);
        this.location = location;
        this.yearsOfExperience = yearsOfExperience;
        this.currentRole = currentRole;
        this.hasCv = hasCv;
        this.deleted = deleted;
        this.eventTime = eventTime;
    }

    public String getUserId() {
        return userId;
    }

    /** The owner's portal role as profile-service last reported it. */
    public String getRole() {
        return role;
    }

    /** Normalised with the platform {@code SkillNormalizer}, so they compare with jobs' required skills. */
    public List<String> getSkills() {
        return skills;
    }

    public String getLocation() {
        return location;
    }

    /** Null when the profile never said (profile.created.v1 does not carry it). */
    public Integer getYearsOfExperience() {
        return yearsOfExperience;
    }

    public String getCurrentRole() {
        return currentRole;
    }

    public boolean isHasCv() {
        return hasCv;
    }

    public boolean isDeleted() {
        return deleted;
    }

    public Instant getEventTime() {
        return eventTime;
    }
}
