/**
 * Flagging and moderation (SPEC phase 7): anyone signed in flags a post, comment, capsule or event once; admins see
 * the flagged queue, approve or remove, or remove directly. Every admin action is an event with the admin's id.
 */
package org.alumniportal.community.moderation;
