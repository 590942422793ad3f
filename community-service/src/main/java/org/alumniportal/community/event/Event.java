package org.alumniportal.community.event;

import java.time.Instant;

import org.alumniportal.community.content.SafeHtml;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An event people RSVP to. The counters ({@code attendingCount}, {@code waitlistCount}, {@code waitlistSequence})
 * are only ever changed by conditional {@code $inc} updates in {@link EventSeats}; edits write the detail fields
 * alone, so an edit never overwrites a concurrent RSVP's count.
 */
@Document(Event.COLLECTION)
public class Event {

    public static final String COLLECTION = "events";

    @Id
    private final String id;
    private String title;
    private String description;
    private EventType eventType;
    private String location;
    private boolean virtual;
    private String meetingLink;
    private Instant startDate;
    private Instant endDate;
    private Instant registrationDeadline;
    private Integer maxAttendees;
    private final String createdBy;
    private String bannerImage;
    private EventStatus status;
    private long attendingCount;
    private long waitlistCount;
    private long waitlistSequence;
    private boolean removed;
    private final Instant createdAt;
    @Indexed // the list index's periodic resync reads what changed since its last run
    private Instant updatedAt;

    @PersistenceCreator
    Event(String id, String title, String description, EventType eventType, String location, boolean virtual,
            String meetingLink, Instant startDate, Instant endDate, Instant registrationDeadline, Integer maxAttendees,
            String createdBy, String bannerImage, EventStatus status, long attendingCount, long waitlistCount,
            long waitlistSequence, boolean removed, Instant createdAt, Instant updatedAt) {
        this.id = id;
        this.title = title;
        this.description = description;
        this.eventType = eventType;
        this.location = location;
        this.virtual = virtual;
        this.meetingLink = meetingLink;
        this.startDate = startDate;
        this.endDate = endDate;
        this.registrationDeadline = registrationDeadline;
        this.maxAttendees = maxAttendees;
        this.createdBy = createdBy;
        this.bannerImage = bannerImage;
        this.status = status;
        this.attendingCount = attendingCount;
        this.waitlistCount = waitlistCount;
        this.waitlistSequence = waitlistSequence;
        this.removed = removed;
        this.createdAt = createdAt;
        this.updatedAt = updatedAt;
    }

    static Event create(String id, EventRequest request, String createdBy, Instant now) {
        Event event = new Event(id, null, null, null, null, false, null, null, null, null, null, createdBy, null,
                EventStatus.SCHEDULED, 0, 0, 0, false, now, now);
        event.apply(request, now);
        return event;
    }

    /** Replaces the editable details; text is sanitised, the deadline defaults to the start. */
    void apply(EventRequest request, Instant now) {
        this.title = SafeHtml.plain(request.title());
        this.description = request.description() == null ? "" : SafeHtml.rich(request.description());
        this.eventType = request.eventType();
        this.location = request.location() == null || request.location().isBlank() ? null
                : SafeHtml.plain(request.location());
        this.virtual = request.isVirtual();
        this.meetingLink = request.meetingLink() == null || request.meetingLink().isBlank() ? null
                : request.meetingLink().strip();
        this.startDate = request.startDate();
        this.endDate = request.endDate();
        this.registrationDeadline = request.registrationDeadline() == null ? request.startDate()
                : request.registrationDeadline();
        this.maxAttendees = request.maxAttendees();
        this.updatedAt = now;
    }

    /** RSVPs are taken while SCHEDULED, not removed, and before the registration deadline. */
    public boolean takesRsvpsAt(Instant now) {
        return status == EventStatus.SCHEDULED && !removed && now.isBefore(registrationDeadline);
    }

    public boolean isUpcomingAt(Instant now) {
        return endDate.isAfter(now);
    }

    public boolean isCreatedBy(String userId) {
        return createdBy.equals(userId);
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public EventType getEventType() {
        return eventType;
    }

    public String getLocation() {
        return location;
    }

    public boolean isVirtual() {
        return virtual;
    }

    public String getMeetingLink() {
        return meetingLink;
    }

    public Instant getStartDate() {
        return startDate;
    }

    public Instant getEndDate() {
        return endDate;
    }

    public Instant getRegistrationDeadline() {
        return registrationDeadline;
    }

    public Integer getMaxAttendees() {
        return maxAttendees;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getBannerImage() {
        return bannerImage;
    }

    public EventStatus getStatus() {
        return status;
    }

    public long getAttendingCount() {
        return attendingCount;
    }

    public long getWaitlistCount() {
        return waitlistCount;
    }

    public long getWaitlistSequence() {
        return waitlistSequence;
    }

    public boolean isRemoved() {
        return removed;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
