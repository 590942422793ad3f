package org.alumniportal.auth.apikey;

import java.time.Instant;
import java.util.List;

/** What the gateway learns of a valid key: enough to enforce scopes, mint a token and attribute the call. */
record ResolvedApiKey(String keyId, String clientId, String organisation, List<String> scopes, Instant expiresAt,
        String clientSecret) {

    @Override
    public String toString() {
        return "ResolvedApiKey[keyId=" + keyId + ", clientId=" + clientId + ", scopes=" + scopes + "]";
    }
}
