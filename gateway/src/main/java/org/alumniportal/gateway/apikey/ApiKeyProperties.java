package org.alumniportal.gateway.apikey;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param internalToken the secret shared with auth-service ({@code PORTAL_INTERNAL_TOKEN}) for resolving keys
 * @param resolveUri auth-service's resolve endpoint, through the load balancer
 * @param tokenUri the realm's token endpoint; blank means the issuer-uri's {@code /protocol/openid-connect/token}
 * @param refreshMargin a cached token is replaced this long before it expires
 * @param timeout for each call to Keycloak's token endpoint (the resolve call's is {@link ResolveBreakerProperties})
 * @param maxCachedTokens tokens kept at once (one per active key)
 */
@ConfigurationProperties("portal.gateway.api-keys")
record ApiKeyProperties(String internalToken, String resolveUri, String tokenUri, Duration refreshMargin,
        Duration timeout, Integer maxCachedTokens) {

    ApiKeyProperties {
        // Only application-local.yml has a development value; anywhere else an unset variable stops the start.
        if (internalToken == null || internalToken.isBlank() || internalToken.contains("${")) {
            throw new IllegalStateException("PORTAL_INTERNAL_TOKEN is not set: this secret has no default outside "
                    + "the local profile; set PORTAL_INTERNAL_TOKEN in the environment (or run with "
                    + "SPRING_PROFILES_ACTIVE=local for the development value)");
        }
        resolveUri = resolveUri == null || resolveUri.isBlank()
                ? "http://auth-service/api/internal/api-keys/resolve" : resolveUri;
        refreshMargin = refreshMargin == null ? Duration.ofSeconds(30) : refreshMargin;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
        maxCachedTokens = maxCachedTokens == null ? 10_000 : maxCachedTokens;
    }

    @Override
    public String toString() {
        return "ApiKeyProperties[resolveUri=" + resolveUri + ", tokenUri=" + tokenUri + "]";
    }
}
