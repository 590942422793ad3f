package org.alumniportal.gateway.apikey;

import org.alumniportal.gateway.revocation.SessionTopicListener;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.user.ApiKeyRevoked;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** Applies {@code apikey.revoked.v1} from the session topic; other types are ignored, applying twice is harmless. */
@Component
class ApiKeyRevokedEvents implements SessionTopicListener {

    private static final Logger log = LoggerFactory.getLogger(ApiKeyRevokedEvents.class);

    private final JsonMapper json;
    private final RevokedApiKeys revoked;

    ApiKeyRevokedEvents(JsonMapper json, RevokedApiKeys revoked) {
        this.json = json;
        this.revoked = revoked;
    }

    @Override
    public void apply(String record) {
        ApiKeyRevoked event;
        try {
            EventEnvelope envelope = json.readValue(record, EventEnvelope.class);
            if (!ApiKeyRevoked.TYPE.equals(envelope.type()) || envelope.data() == null) {
                return;
            }
            event = json.treeToValue(envelope.data(), ApiKeyRevoked.class);
        } catch (JacksonException | IllegalArgumentException | NullPointerException unreadable) {
            log.warn("Skipping unreadable record on the session topic: {}", unreadable.getMessage());
            return;
        }
        revoked.revoke(event.keyId(), event.organisation());
    }
}
