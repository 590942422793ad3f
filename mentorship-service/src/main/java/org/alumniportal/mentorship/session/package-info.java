/**
 * Sessions of mentorships: scheduling without overlaps for the mentor, changes, cancellation, completion and
 * the mentee's one feedback, which feeds the mentor's rating; reminders before a session starts.
 */
package org.alumniportal.mentorship.session;
