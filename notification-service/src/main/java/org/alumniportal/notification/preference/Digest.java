package org.alumniportal.notification.preference;

/** How often a user wants the summary mail. */
public enum Digest {
    OFF, DAILY, WEEKLY
}
