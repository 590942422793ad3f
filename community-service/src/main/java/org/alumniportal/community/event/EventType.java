package org.alumniportal.community.event;

/** What kind of gathering an event is. */
public enum EventType {
    NETWORKING, WORKSHOP, WEBINAR, REUNION, CAREER_FAIR, MEETUP, TALK, OTHER
}
