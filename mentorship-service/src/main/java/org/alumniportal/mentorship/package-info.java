/**
 * Mentorship (SPEC phase 4): mentor registration and availability, requests, sessions with feedback and
 * ratings, and later mentor suggestions (phase 8). A booting shell until then.
 */
package org.alumniportal.mentorship;
