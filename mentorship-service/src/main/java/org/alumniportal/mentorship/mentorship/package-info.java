/**
 * Mentorship requests and mentorships: a student asks, the mentor accepts (within capacity, race-free) or
 * rejects, either person ends it. An accepted request is the mentorship, with the same id.
 */
package org.alumniportal.mentorship.mentorship;
