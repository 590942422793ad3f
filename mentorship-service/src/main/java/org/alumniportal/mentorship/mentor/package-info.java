/**
 * Mentors: registration by alumni, profile and availability, the in-memory directory behind the list and
 * matching, and the atomic counters (places, sessions, ratings) other features move through {@link
 * org.alumniportal.mentorship.mentor.Mentors}.
 */
package org.alumniportal.mentorship.mentor;
