package org.alumniportal.auth.mail;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Sender address and the frontend the reset link points at. {@code frontendOrigin} may be the
 * comma-separated CORS list of the gateway; links use its first entry.
 */
@ConfigurationProperties("portal.auth.mail")
record MailProperties(
        @DefaultValue("no-reply@alumni-portal.local") String from,
        @DefaultValue("http://localhost:3000") String frontendOrigin) {

    String resetLinkBase() {
        String origin = frontendOrigin.split(",")[0].strip();
        return (origin.endsWith("/") ? origin.substring(0, origin.length() - 1) : origin) + "/reset-password?token=";
    }
}
