package org.alumniportal.gateway.revocation;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.user.SessionRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a {@code session.revoked.v1} envelope from {@code portal.session} to the store. Other types on the
 * topic are ignored; so is an unreadable record (logged), since dead-lettering from every gateway replica
 * would only multiply it. Applying an event twice has the same effect as once.
 */
@Component
class SessionRevokedEvents implements SessionTopicListener {

    private static final Logger log = LoggerFactory.getLogger(SessionRevokedEvents.class);

    private final JsonMapper json;
    private final RevocationStore store;

    SessionRevokedEvents(JsonMapper json, RevocationStore store) {
        this.json = json;
        this.store = store;
    }

    @Override
    public void apply(String record) {
        EventEnvelope envelope;
        SessionRevoked revoked;
        try {
            envelope = json.readValue(record, EventEnvelope.class);
            if (!SessionRevoked.TYPE.equals(envelope.type()) || envelope.data() == null) {
                return;
            }
            revoked = json.treeToValue(envelope.data(), SessionRevoked.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
            log.warn("Skipping unreadable record on the session topic: {}", unreadable.getMessage());
            return;
        }
        if (revoked.sessionId() != null) {
            store.revokeSession(revoked.sessionId(), envelope.time());
        }
        if (revoked.notBefore() != null) {
            store.revokeUserTokensIssuedBefore(revoked.userId(), revoked.notBefore());
        }
        log.info("Revocation applied: event={} user={} session={} notBefore={} reason={}", envelope.id(),
                revoked.userId(), revoked.sessionId(), revoked.notBefore(), revoked.reason());
    }
}
