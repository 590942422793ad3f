package org.alumniportal.platform.events.profile;

import org.alumniportal.platform.events.DomainEvent;

/**
 * A profile and its files are gone: deleted by an admin or by its owner ({@code OWNER} / {@code ADMIN} in
 * {@code deletedBy}'s role). Consumers drop what they derived from it.
 */
public record ProfileDeleted(String userId, String deletedBy, String initiator) implements DomainEvent {
    public static final String TYPE = "profile.deleted.v1";
}
