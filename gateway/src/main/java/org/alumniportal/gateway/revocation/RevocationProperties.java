package org.alumniportal.gateway.revocation;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxTokenLifetime the longest an access token can live (Keycloak issues 5 min); a revocation is kept
 *                         this long plus the clock skew, after which every token it covers has expired anyway
 * @param clockSkew the skew the JWT expiry check allows
 * @param consumerGroupPrefix each gateway instance reads every revocation in its own consumer group
 */
@ConfigurationProperties("portal.gateway.revocation")
record RevocationProperties(Duration maxTokenLifetime, Duration clockSkew, String consumerGroupPrefix) {

    RevocationProperties {
        maxTokenLifetime = maxTokenLifetime == null ? Duration.ofMinutes(10) : maxTokenLifetime;
        clockSkew = clockSkew == null ? Duration.ofSeconds(60) : clockSkew;
        consumerGroupPrefix = consumerGroupPrefix == null ? "gateway-revocations" : consumerGroupPrefix;
    }

    Duration retention() {
        return maxTokenLifetime.plus(clockSkew);
    }
}
