/**
 * Mentorship (SPEC phase 4 and the mentor suggestions of phase 8): mentor registration and availability,
 * requests that become mentorships, sessions with feedback and ratings, and suggestions that explain themselves.
 */
package org.alumniportal.mentorship;
