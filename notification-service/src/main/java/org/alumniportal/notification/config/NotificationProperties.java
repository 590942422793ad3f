package org.alumniportal.notification.config;

import java.time.Duration;

import org.alumniportal.platform.config.RequiredSecret;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code portal.notification.*}.
 *
 * @param portalName shown in every mail
 * @param frontendOrigin base of the links in mails (the first of a comma-separated list)
 * @param publicBaseUrl where the gateway is reached from a mail client: base of the unsubscribe link
 * @param mailFrom the sender address
 * @param unsubscribeKey HMAC key (at least 32 bytes) of the unsubscribe tokens ({@code PORTAL_UNSUBSCRIBE_KEY});
 *                       only the local profile has a development value, anything else must set it
 * @param mailMaxAttempts sends tried per mail before it is given up (FAILED)
 * @param mailInitialBackoff wait after the first failed send, doubled each time up to {@code mailMaxBackoff}
 * @param jobMatchThreshold share of a job's required skills a user must have for a JOB_MATCH
 * @param jobMatchDailyCap most JOB_MATCH notifications one user gets per UTC day
 * @param liveTopic the Kafka topic that fans created notifications out to every replica's streams
 * @param heartbeat how often an idle stream gets a comment line, so proxies keep it open
 * @param streamTimeout how long one stream stays open before the client reconnects (with Last-Event-ID)
 * @param digestTopItems how many top forum posts and how many top capsules a digest lists
 * @param communityRetention how long likes and comments are kept for ranking (longer than the longest digest period)
 */
@ConfigurationProperties("portal.notification")
public record NotificationProperties(
        @DefaultValue("Alumni Portal") String portalName,
        @DefaultValue("http://localhost:3000") String frontendOrigin,
        @DefaultValue("http://127.0.0.1:8080") String publicBaseUrl,
        @DefaultValue("no-reply@alumni-portal.local") String mailFrom,
        String unsubscribeKey,
        @DefaultValue("5") int mailMaxAttempts,
        @DefaultValue("2s") Duration mailInitialBackoff,
        @DefaultValue("5m") Duration mailMaxBackoff,
        @DefaultValue("0.5") double jobMatchThreshold,
        @DefaultValue("3") int jobMatchDailyCap,
        @DefaultValue("portal.notification") String liveTopic,
        @DefaultValue("15s") Duration heartbeat,
        @DefaultValue("30m") Duration streamTimeout,
        @DefaultValue("3") int digestTopItems,
        @DefaultValue("35d") Duration communityRetention) {

    public NotificationProperties {
        RequiredSecret.require(unsubscribeKey, "PORTAL_UNSUBSCRIBE_KEY");
    }

    /** The first configured origin, without a trailing slash. */
    public String frontendBase() {
        String first = frontendOrigin.split(",")[0].strip();
        return first.endsWith("/") ? first.substring(0, first.length() - 1) : first;
    }
}
