package org.alumniportal.community.event;

import java.time.Instant;

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
}
