package org.alumniportal.community.event;

import java.time.Instant;

import org.alumniportal.platform.security.CurrentUser;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/** An event as clients see it, with its live counters. */
public record EventView(String id, String title, String description, EventType eventType, String location,
        @JsonProperty("isVirtual") @Schema(name = "isVirtual") boolean isVirtual, String meetingLink,
        Instant startDate, Instant endDate, Instant registrationDeadline, Integer maxAttendees, long attendingCount,
        long waitlistCount, String createdBy, String bannerImage, EventStatus status, boolean removed,
        Instant createdAt, Instant updatedAt) {

    public static EventView of(Event e) {
        return new EventView(e.getId(), e.getTitle(), e.getDescription(), e.getEventType(), e.getLocation(),
                e.isVirtual(), e.getMeetingLink(), e.getStartDate(), e.getEndDate(), e.getRegistrationDeadline(),
                e.getMaxAttendees(), e.getAttendingCount(), e.getWaitlistCount(), e.getCreatedBy(),
                e.getBannerImage() == null ? null : "/api/events/" + e.getId() + "/banner", e.getStatus(),
                e.isRemoved(), e.getCreatedAt(), e.getUpdatedAt());
    }

    /**
     * The event as this caller may see it: the meeting link only for its creator and admins. Attendees reach the
     * meeting through {@code GET /api/events/{id}/join}, which records their attendance; nobody who has not RSVP'd
     * learns the link.
     */
    public static EventView of(Event e, CurrentUser viewer) {
        EventView view = of(e);
        return e.isCreatedBy(viewer.id()) || viewer.hasRole("ADMIN") ? view : view.withoutMeetingLink();
    }

    /** This view without the meeting link (null), for anyone but the event's organisers. */
    public EventView withoutMeetingLink() {
        return new EventView(id, title, description, eventType, location, isVirtual, null, startDate, endDate,
                registrationDeadline, maxAttendees, attendingCount, waitlistCount, createdBy, bannerImage, status,
                removed, createdAt, updatedAt);
    }
}
