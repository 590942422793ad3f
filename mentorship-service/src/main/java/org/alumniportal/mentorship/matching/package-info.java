/**
 * Mentor suggestions (SPEC phase 8): skill-vector cosine similarity weighted by rating and capacity, with
 * human-readable reasons, served from the mentor directory and the people read model.
 */
package org.alumniportal.mentorship.matching;
