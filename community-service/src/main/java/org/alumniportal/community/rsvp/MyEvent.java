package org.alumniportal.community.rsvp;

import org.alumniportal.community.event.EventView;

/** One of the caller's events with their answer. */
record MyEvent(EventView event, RsvpStatus myStatus) {
}
