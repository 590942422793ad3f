package org.alumniportal.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param authPerMinute requests per minute per client address and anonymous auth endpoint (login, register…);
 *                      generous, because a whole campus may share one address behind its NAT
 * @param userPerMinute requests per minute per user, and per client address on the other open paths
 * @param maxBuckets the most buckets kept at once when the buckets are local; idle ones go first
 * @param apiKeyPerMinute requests per minute per third-party API key
 * @param loginPerAccountPerMinute login attempts per minute per account (e-mail address), from any address
 * @param refreshPerSessionPerMinute token refreshes per minute per session
 */
@ConfigurationProperties("portal.gateway.rate-limit")
record RateLimitProperties(Integer authPerMinute, Integer userPerMinute, Integer maxBuckets,
        Integer apiKeyPerMinute, Integer loginPerAccountPerMinute, Integer refreshPerSessionPerMinute) {

    RateLimitProperties {
        authPerMinute = authPerMinute == null ? 300 : authPerMinute;
        userPerMinute = userPerMinute == null ? 300 : userPerMinute;
        maxBuckets = maxBuckets == null ? 100_000 : maxBuckets;
        apiKeyPerMinute = apiKeyPerMinute == null ? 120 : apiKeyPerMinute;
        loginPerAccountPerMinute = loginPerAccountPerMinute == null ? 10 : loginPerAccountPerMinute;
        refreshPerSessionPerMinute = refreshPerSessionPerMinute == null ? 12 : refreshPerSessionPerMinute;
    }
}
