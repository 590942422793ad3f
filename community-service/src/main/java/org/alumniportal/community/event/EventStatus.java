package org.alumniportal.community.event;

/** SCHEDULED takes RSVPs until its deadline; CANCELLED (deleted by creator or admin) takes none. */
public enum EventStatus {
    SCHEDULED, CANCELLED
}
