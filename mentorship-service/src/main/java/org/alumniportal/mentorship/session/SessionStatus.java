package org.alumniportal.mentorship.session;

/** SCHEDULED until it is completed or cancelled; feedback is for COMPLETED sessions. */
public enum SessionStatus {
    SCHEDULED, COMPLETED, CANCELLED
}
