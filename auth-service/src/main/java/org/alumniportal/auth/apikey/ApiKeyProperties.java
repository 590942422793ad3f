package org.alumniportal.auth.apikey;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param internalToken the shared secret ({@code PORTAL_INTERNAL_TOKEN}) the gateway sends in
 *                      {@code X-Portal-Internal-Token} to resolve keys; blank disables the resolve endpoint
 */
@ConfigurationProperties("portal.auth.api-keys")
record ApiKeyProperties(String internalToken) {

    @Override
    public String toString() {
        return "ApiKeyProperties[internalToken=***]";
    }
}
