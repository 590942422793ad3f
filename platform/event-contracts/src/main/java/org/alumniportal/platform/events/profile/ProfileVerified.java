package org.alumniportal.platform.events.profile;

import java.time.Instant;

import org.alumniportal.platform.events.DomainEvent;

/** An admin approved a profile's verification request. */
public record ProfileVerified(String userId, String verifiedBy, Instant verifiedAt) implements DomainEvent {
    public static final String TYPE = "profile.verified.v1";
}
