package org.alumniportal.community.rsvp;

import org.alumniportal.platform.config.RequiredSecret;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param signingKey HMAC-SHA256 key of event ticket tokens, at least 32 bytes ({@code PORTAL_TICKET_SIGNING_KEY});
 *                   only the local profile has a development value, anything else must set it
 */
@ConfigurationProperties("portal.community.tickets")
record TicketProperties(String signingKey) {

    TicketProperties {
        RequiredSecret.require(signingKey, "PORTAL_TICKET_SIGNING_KEY");
    }
}
