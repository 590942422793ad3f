/**
 * Community (SPEC phases 5 and 9): events with RSVPs and reminders, the forum with posts and comments, content
 * moderation, and knowledge capsules. A booting shell until then.
 */
package org.alumniportal.community;
