package org.alumniportal.gateway.revocation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.stereotype.Component;

/**
 * Revoked session ids and per-user not-before instants, in memory, each forgotten once every token it could
 * refuse has expired ({@link RevocationProperties#retention()}). Its size is bounded by the revocations of
 * that window: entries only come from authenticated logouts and from auth-service's events.
 */
@Component
class RevocationStore {

    private static final Duration PURGE_EVERY = Duration.ofSeconds(30);

    private final Map<String, Instant> revokedSessions = new ConcurrentHashMap<>();
    private final Map<String, NotBefore> notBefore = new ConcurrentHashMap<>();
    private final AtomicReference<Instant> lastPurge;
    private final Clock clock;
    private final Duration retention;

    RevocationStore(Clock clock, RevocationProperties properties) {
        this.clock = clock;
        this.retention = properties.retention();
        this.lastPurge = new AtomicReference<>(clock.instant());
    }

    /** Every token of session {@code sessionId} is refused from now on (until it must have expired). */
    void revokeSession(String sessionId, Instant revokedAt) {
        Instant forgetAt = revokedAt.plus(retention);
        if (sessionId == null || sessionId.isBlank() || !forgetAt.isAfter(clock.instant())) {
            return;
        }
        revokedSessions.merge(sessionId, forgetAt, (a, b) -> a.isAfter(b) ? a : b);
        purgeNowAndThen();
    }

    /** Every token of {@code userId} issued before {@code instant} is refused (password reset, all sessions). */
    void revokeUserTokensIssuedBefore(String userId, Instant instant) {
        // Token iat has whole seconds: a token issued in the same second as the reset (the new login right
        // after it) stays valid; one issued in an earlier second does not.
        Instant cutoff = instant.truncatedTo(ChronoUnit.SECONDS);
        Instant forgetAt = cutoff.plus(retention);
        if (userId == null || userId.isBlank() || !forgetAt.isAfter(clock.instant())) {
            return;
        }
        notBefore.merge(userId, new NotBefore(cutoff, forgetAt),
                (a, b) -> a.cutoff().isAfter(b.cutoff()) ? a : b);
        purgeNowAndThen();
    }

    boolean isRevoked(String sessionId, String userId, Instant issuedAt) {
        Instant now = clock.instant();
        if (sessionId != null) {
            Instant forgetAt = revokedSessions.get(sessionId);
            if (forgetAt != null && forgetAt.isAfter(now)) {
                return true;
            }
        }
        if (userId != null) {
            NotBefore cutoff = notBefore.get(userId);
            if (cutoff != null && cutoff.forgetAt().isAfter(now)) {
                return issuedAt == null || issuedAt.isBefore(cutoff.cutoff());
            }
        }
        return false;
    }

    int size() {
        return revokedSessions.size() + notBefore.size();
    }

    private void purgeNowAndThen() {
        Instant now = clock.instant();
        Instant last = lastPurge.get();
        if (now.isBefore(last.plus(PURGE_EVERY)) || !lastPurge.compareAndSet(last, now)) {
            return;
        }
        revokedSessions.values().removeIf(forgetAt -> !forgetAt.isAfter(now));
        notBefore.values().removeIf(entry -> !entry.forgetAt().isAfter(now));
    }

    private record NotBefore(Instant cutoff, Instant forgetAt) {
    }
}
