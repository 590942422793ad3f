/**
 * RSVPs (SPEC phase 5): answering an event, the waitlist and its promotions, the attendee list, my events, and the
 * reminders sent before an event starts, exactly once across replicas.
 */
package org.alumniportal.community.rsvp;
