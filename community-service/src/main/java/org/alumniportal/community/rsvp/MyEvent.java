package org.alumniportal.community.rsvp;

import org.alumniportal.community.event.EventView;

/** One of the caller's events with their answer; {@code attended} once they were checked in or joined online. */
record MyEvent(EventView event, RsvpStatus myStatus, boolean attended) {
}
