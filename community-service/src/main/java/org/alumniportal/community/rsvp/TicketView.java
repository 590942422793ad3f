package org.alumniportal.community.rsvp;

/** An attendee's ticket: {@code token} is what the QR code of {@code ticket.png} encodes and the organiser scans. */
record TicketView(String eventId, String userId, String token) {
}
