package org.alumniportal.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param authPerMinute requests per minute per client address and anonymous auth endpoint (login, register…)
 * @param userPerMinute requests per minute per user, and per client address on the other open paths
 * @param maxBuckets the most buckets kept at once; idle ones go first
 * @param apiKeyPerMinute requests per minute per third-party API key
 */
@ConfigurationProperties("portal.gateway.rate-limit")
record RateLimitProperties(Integer authPerMinute, Integer userPerMinute, Integer maxBuckets,
        Integer apiKeyPerMinute) {

    RateLimitProperties {
        authPerMinute = authPerMinute == null ? 10 : authPerMinute;
        userPerMinute = userPerMinute == null ? 300 : userPerMinute;
        maxBuckets = maxBuckets == null ? 100_000 : maxBuckets;
        apiKeyPerMinute = apiKeyPerMinute == null ? 120 : apiKeyPerMinute;
    }
}
