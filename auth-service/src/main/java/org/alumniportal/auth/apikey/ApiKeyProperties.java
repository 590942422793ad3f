package org.alumniportal.auth.apikey;

import org.alumniportal.platform.config.RequiredSecret;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param internalToken the shared secret ({@code PORTAL_INTERNAL_TOKEN}) the gateway sends in
 *                      {@code X-Portal-Internal-Token} to resolve keys; required: the resolve endpoint is the only way
 *                      to turn a key into its scopes
 */
@ConfigurationProperties("portal.auth.api-keys")
record ApiKeyProperties(String internalToken) {

    ApiKeyProperties {
        RequiredSecret.require(internalToken, "PORTAL_INTERNAL_TOKEN");
    }

    @Override
    public String toString() {
        return "ApiKeyProperties[internalToken=***]";
    }
}
