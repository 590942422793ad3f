/** Events of mentorship-service about mentors, mentorships and sessions, on topic {@code portal.mentorship}. */
package org.alumniportal.platform.events.mentorship;
