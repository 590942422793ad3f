package org.alumniportal.community.moderation;

/** APPROVE keeps the content and closes its flags; REMOVE hides it from everyone but admins. */
enum ModerationAction {
    APPROVE, REMOVE
}
