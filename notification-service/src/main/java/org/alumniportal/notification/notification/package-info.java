/**
 * The in-app notifications: created once per event, recipient and type; listed, counted, marked read and
 * deleted by their owner only.
 */
package org.alumniportal.notification.notification;
