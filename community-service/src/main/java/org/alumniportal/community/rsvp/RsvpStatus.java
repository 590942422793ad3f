package org.alumniportal.community.rsvp;

/** A person's answer; WAITLISTED is what ATTENDING becomes while the event is full. */
public enum RsvpStatus {
    ATTENDING, MAYBE, NOT_ATTENDING, WAITLISTED
}
