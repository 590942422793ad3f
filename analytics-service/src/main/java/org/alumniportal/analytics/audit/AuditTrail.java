package org.alumniportal.analytics.audit;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

import org.alumniportal.analytics.readmodel.EventProjection;
import org.alumniportal.platform.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Appends audit entries: an insert keyed by the event id (a redelivery or a replay hits the unique {@code _id} and
 * changes nothing), mirrored in a newest-first in-memory index that the log is served from (the embedded store
 * scans every filtered query). Nothing ever updates or deletes an entry. A rebuild keeps the log: it is durable,
 * and the replay only re-offers entries it has.
 */
@Component
class AuditTrail implements EventProjection {

    private static final Logger log = LoggerFactory.getLogger(AuditTrail.class);
    private static final Comparator<AuditEntry> NEWEST_FIRST = Comparator.comparing(AuditEntry::at,
            Comparator.nullsLast(Comparator.reverseOrder())).thenComparing(AuditEntry::id);

    private final MongoTemplate mongo;
    private final Map<String, AuditEntry> byId = new ConcurrentHashMap<>();
    private final ConcurrentSkipListMap<AuditEntry, Boolean> newestFirst = new ConcurrentSkipListMap<>(NEWEST_FIRST);

    AuditTrail(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.findAll(AuditEntry.class).forEach(this::index);
    }

    @Override
    public void apply(EventEnvelope envelope) {
        AuditEntries.of(envelope).ifPresent(this::append);
    }

    @Override
    public void reset() {
        // Durable and append-only: a rebuild re-offers the same entries, which the ids turn away.
    }

    void append(AuditEntry entry) {
        if (byId.containsKey(entry.id())) {
            return;
        }
        try {
            mongo.insert(entry);
            log.debug("Audit entry {} {} on {} {}", entry.action(), entry.id(), entry.targetType(), entry.targetId());
        } catch (DuplicateKeyException alreadyStored) {
            // stored by an earlier run; the index below is what was missing
        }
        index(entry);
    }

    private void index(AuditEntry entry) {
        if (byId.putIfAbsent(entry.id(), entry) == null) {
            newestFirst.put(entry, Boolean.TRUE);
        }
    }

    /** Entries matching every given filter (null = any), newest first. */
    List<AuditEntry> find(String actorId, String action, String targetType, String targetId, Instant from,
            Instant to) {
        return newestFirst.keySet().stream()
                .filter(e -> actorId == null || actorId.equals(e.actorId()))
                .filter(e -> action == null || action.equalsIgnoreCase(e.action()))
                .filter(e -> targetType == null || targetType.equalsIgnoreCase(e.targetType()))
                .filter(e -> targetId == null || targetId.equals(e.targetId()))
                .filter(e -> from == null || (e.at() != null && !e.at().isBefore(from)))
                .filter(e -> to == null || (e.at() != null && e.at().isBefore(to)))
                .toList();
    }
}
