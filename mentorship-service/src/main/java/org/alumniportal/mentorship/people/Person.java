package org.alumniportal.mentorship.people;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What mentorship-service knows of a person, from two streams: account facts (role, registered name, status)
 * from {@code user.*} events and profile facts (name, skills) from {@code profile.*} events. Each stream has its
 * own clock ({@code userTime}, {@code profileTime}) because the two topics are not ordered against each other.
 */
@Document(Person.COLLECTION)
public class Person {

    static final String COLLECTION = "people";

    @Id
    private final String userId;
    private final String role;
    private final String accountName;
    private final String status;
    private final String profileName;
    private final List<String> skills;
    private final Instant userTime;
    private final Instant profileTime;

    @PersistenceCreator
    Person(String userId, String role, String accountName, String status, String profileName, List<String> skills,
            Instant userTime, Instant profileTime) {
        this.userId = userId;
        this.role = role;
        this.accountName = accountName;
        this.status = status;
        this.profileName = profileName;
        this.skills = skills == null ? List.of() : List.copyOf(skills);
        this.userTime = userTime;
        this.profileTime = profileTime;
    }

    public String getUserId() {
        return userId;
    }

    /** The portal role as auth-service last reported it (authorisation itself reads the token). */
    public String getRole() {
        return role;
    }

    /** The profile's name when there is a profile, else the name given at registration. */
    public String getName() {
        return profileName != null ? profileName : accountName;
    }

    /** Normalised with the platform skill vocabulary; empty without a profile. */
    public List<String> getSkills() {
        return skills;
    }

    /** Suspended and deleted accounts are not offered as mentors. */
    public boolean isActive() {
        return status == null || "ACTIVE".equals(status) || "PENDING_APPROVAL".equals(status);
    }

    public String getAccountName() {
        return accountName;
    }

    public String getStatus() {
        return status;
    }

    public String getProfileName() {
        return profileName;
    }

    public Instant getUserTime() {
        return userTime;
    }

    public Instant getProfileTime() {
        return profileTime;
    }
}
