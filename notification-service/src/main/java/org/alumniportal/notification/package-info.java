/**
 * Notifications (SPEC phase 6): in-app and e-mail notifications fed by the other services' events, with
 * per-user preferences and unread counts. A booting shell until then.
 */
package org.alumniportal.notification;
