package org.alumniportal.notification.community;

/** One of the period's top posts or capsules, as the digest lists it: {@code link} is a frontend path. */
public record TopContent(String title, String link, long likes, long comments) {
}
