/**
 * Notifications (SPEC phase 6): the other services' events become in-app notifications for the right people,
 * mails where their preferences allow, and live Server-Sent Events to connected clients.
 */
package org.alumniportal.notification;
