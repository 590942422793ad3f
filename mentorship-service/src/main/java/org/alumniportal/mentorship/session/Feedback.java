package org.alumniportal.mentorship.session;

import java.time.Instant;

/** The mentee's rating (1–5) of a completed session, given once. */
public record Feedback(int rating, String comment, Instant givenAt) {
}
