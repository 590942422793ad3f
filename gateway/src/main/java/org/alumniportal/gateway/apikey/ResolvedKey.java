package org.alumniportal.gateway.apikey;

import java.time.Instant;
import java.util.List;

/** auth-service's answer for a valid key. */
record ResolvedKey(String keyId, String clientId, String organisation, List<String> scopes, Instant expiresAt) {
}
