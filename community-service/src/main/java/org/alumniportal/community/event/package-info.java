/**
 * Events (SPEC phase 5): create, read, update, cancel, the list with its in-memory index, the seat counters that
 * RSVPs claim atomically, and the calendar entry. RSVPs themselves live in {@code rsvp}.
 */
package org.alumniportal.community.event;
