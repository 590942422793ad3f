package org.alumniportal.platform.events;

/** Marker for the payload records of the envelope; each is registered with its type name in {@link EventTypes}. */
public interface DomainEvent {
}
