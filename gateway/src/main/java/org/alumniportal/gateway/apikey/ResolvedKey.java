package org.alumniportal.gateway.apikey;

import java.time.Instant;
import java.util.List;

/**
 * auth-service's answer for a valid key. {@code clientSecret} is the secret of the key's Keycloak client, which
 * only the gateway learns (the key's holder does not know it, so the key cannot be traded at Keycloak directly).
 */
record ResolvedKey(String keyId, String clientId, String organisation, List<String> scopes, Instant expiresAt,
        String clientSecret) {

    @Override
    public String toString() {
        return "ResolvedKey[keyId=" + keyId + ", clientId=" + clientId + ", scopes=" + scopes + "]";
    }
}
