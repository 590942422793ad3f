package org.alumniportal.platform.events.user;

import org.alumniportal.platform.events.DomainEvent;

/** A person created an account; the email is not verified yet. {@code userId} is the Keycloak subject. */
public record UserRegistered(String userId, String email, String fullName, String role) implements DomainEvent {
    public static final String TYPE = "user.registered.v1";
}
