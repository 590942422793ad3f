package org.alumniportal.platform.events.user;

import org.alumniportal.platform.events.DomainEvent;

/** The user proved ownership of the email address; they can log in from now on. */
public record UserVerified(String userId, String email, String role) implements DomainEvent {
    public static final String TYPE = "user.verified.v1";
}
