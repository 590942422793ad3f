package org.alumniportal.gateway.apikey;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * Keys this gateway heard were revoked: refused at once and their cached tokens dropped, whatever auth-service
 * or a still valid Keycloak token would say. Bounded; auth-service stays the record of every revocation.
 */
@Component
public class RevokedApiKeys {

    private static final Logger log = LoggerFactory.getLogger(RevokedApiKeys.class);

    private final Cache<String, Boolean> revoked = Caffeine.newBuilder().maximumSize(100_000)
            .executor(Runnable::run).build();
    private final ServiceTokens tokens;

    RevokedApiKeys(ServiceTokens tokens) {
        this.tokens = tokens;
    }

    public void revoke(String keyId, String organisation) {
        if (keyId == null || keyId.isBlank()) {
            return;
        }
        revoked.put(keyId, Boolean.TRUE);
        tokens.drop(keyId);
        log.info("API key revocation applied: key={} organisation={}", keyId, organisation);
    }

    boolean isRevoked(String keyId) {
        return revoked.getIfPresent(keyId) != null;
    }
}
