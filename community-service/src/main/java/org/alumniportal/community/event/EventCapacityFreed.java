package org.alumniportal.community.event;

/** In-process: an edit raised (or lifted) an event's capacity, so waitlisted people may move up. */
public record EventCapacityFreed(String eventId) {
}
