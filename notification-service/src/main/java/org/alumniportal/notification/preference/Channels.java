package org.alumniportal.notification.preference;

/** The channels of one notification type: in-app (stored and streamed) and e-mail. */
public record Channels(boolean inApp, boolean email) {
}
