package org.alumniportal.community.event;

import java.time.Instant;
import java.util.Comparator;
import java.util.Locale;

/** What the event list filters and sorts on, kept in memory ({@link EventCatalog}). */
record EventCard(String id, Instant startDate, Instant endDate, EventType eventType, String text, String createdBy,
        boolean listed) {

    static final Comparator<EventCard> BY_START = Comparator.comparing(EventCard::startDate)
            .thenComparing(EventCard::id);

    static EventCard of(Event e) {
        String text = (e.getTitle() + " " + (e.getDescription() == null ? "" : e.getDescription()) + " "
                + (e.getLocation() == null ? "" : e.getLocation())).toLowerCase(Locale.ROOT);
        return new EventCard(e.getId(), e.getStartDate(), e.getEndDate(), e.getEventType(), text, e.getCreatedBy(),
                e.getStatus() == EventStatus.SCHEDULED && !e.isRemoved());
    }
}
