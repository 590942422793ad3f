package org.alumniportal.mentorship.mentor;

import java.time.Instant;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A mentor, keyed by their user id (the Keycloak subject). Counters change only through conditional atomic
 * updates in {@link Mentors}: {@code freePlaces} is kept beside {@code currentMentees} so that "take a place"
 * is one single-field condition ({@code freePlaces > 0}), which any MongoDB and the embedded store evaluate
 * atomically with the {@code $inc}. {@code revision} grows with every change, so the in-memory directory
 * never lets an older snapshot replace a newer one.
 */
@Document(Mentor.COLLECTION)
public class Mentor {

    static final String COLLECTION = "mentors";

    @Id
    private final String userId;
    private final String name;
    private final List<String> expertiseAreas;
    private final String bio;
    private final int maxMentees;
    private final int currentMentees;
    private final int freePlaces;
    private final boolean available;
    private final List<AvailabilitySlot> availability;
    private final long ratingSum;
    private final int ratingCount;
    private final int totalSessions;
    private final boolean active;
    private final Instant registeredAt;
    private final long revision;
    /** A short lease that serialises session scheduling per mentor (the overlap check); epoch when free. */
    private final Instant calendarLockedUntil;

    @PersistenceCreator
    Mentor(String userId, String name, List<String> expertiseAreas, String bio, int maxMentees, int currentMentees,
            int freePlaces, boolean available, List<AvailabilitySlot> availability, long ratingSum, int ratingCount,
            int totalSessions, boolean active, Instant registeredAt, long revision, Instant calendarLockedUntil) {
        this.userId = userId;
        this.name = name;
        this.expertiseAreas = expertiseAreas == null ? List.of() : List.copyOf(expertiseAreas);
        this.bio = bio;
        this.maxMentees = maxMentees;
        this.currentMentees = currentMentees;
        this.freePlaces = freePlaces;
        this.available = available;
        this.availability = availability == null ? List.of() : List.copyOf(availability);
        this.ratingSum = ratingSum;
        this.ratingCount = ratingCount;
        this.totalSessions = totalSessions;
        this.active = active;
        this.registeredAt = registeredAt;
        this.revision = revision;
        this.calendarLockedUntil = calendarLockedUntil;
    }

    static Mentor register(String userId, String name, List<String> expertiseAreas, String bio, int maxMentees,
            List<AvailabilitySlot> availability, Instant now) {
        return new Mentor(userId, name, expertiseAreas, bio, maxMentees, 0, maxMentees, true, availability, 0, 0, 0,
                true, now, 1, Instant.EPOCH);
    }

    /** Mean of the feedback ratings to two decimals; null before the first. */
    public Double rating() {
        return ratingCount == 0 ? null : Math.round(100.0 * ratingSum / ratingCount) / 100.0;
    }

    /** Takes new mentees: marked available, has a free place, account active. */
    public boolean acceptsMentees() {
        return available && active && freePlaces > 0;
    }

    public String getUserId() {
        return userId;
    }

    public String getName() {
        return name;
    }

    public List<String> getExpertiseAreas() {
        return expertiseAreas;
    }

    public String getBio() {
        return bio;
    }

    public int getMaxMentees() {
        return maxMentees;
    }

    public int getCurrentMentees() {
        return currentMentees;
    }

    public int getFreePlaces() {
        return freePlaces;
    }

    public boolean isAvailable() {
        return available;
    }

    public List<AvailabilitySlot> getAvailability() {
        return availability;
    }

    public long getRatingSum() {
        return ratingSum;
    }

    public int getRatingCount() {
        return ratingCount;
    }

    public int getTotalSessions() {
        return totalSessions;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public long getRevision() {
        return revision;
    }

    public Instant getCalendarLockedUntil() {
        return calendarLockedUntil;
    }
}
