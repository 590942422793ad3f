package org.alumniportal.mentorship.people;

/**
 * Published inside the service after a person's read model changed, so that features holding a copy of the
 * name or the account state (the mentor directory) follow without reading this package's collection.
 */
public record PersonChanged(String userId, String name, boolean active) {
}
