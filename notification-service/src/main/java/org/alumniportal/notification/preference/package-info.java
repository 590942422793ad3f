/** Each user's choice of channels per notification type, with sensible defaults and one-click unsubscribe. */
package org.alumniportal.notification.preference;
