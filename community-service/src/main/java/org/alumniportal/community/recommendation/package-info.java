/**
 * Event and post recommendations (SPEC phase 8): ranked for the caller by their skills (from the people read model)
 * and by what people with overlapping RSVPs and likes engaged with; never past events, removed content or what the
 * caller already answered or liked.
 */
package org.alumniportal.community.recommendation;
