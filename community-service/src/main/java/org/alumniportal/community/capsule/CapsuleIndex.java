package org.alumniportal.community.capsule;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;

import org.alumniportal.community.content.ListIndex;
import org.alumniportal.platform.web.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** The capsule list in memory (featured first, then newest), kept like the forum's and the events' indexes. */
@Component
class CapsuleIndex {

    record CapsuleCard(String id, CapsuleCategory category, List<String> tags, String authorId, boolean featured,
            Instant createdAt, boolean listed) {
    }

    private static final Logger log = LoggerFactory.getLogger(CapsuleIndex.class);
    private static final Duration OVERLAP = Duration.ofSeconds(5);
    private static final Comparator<CapsuleCard> FEATURED_THEN_NEWEST = Comparator.comparing(CapsuleCard::featured)
            .reversed().thenComparing(CapsuleCard::createdAt, Comparator.reverseOrder()).thenComparing(CapsuleCard::id);

    private final ListIndex<CapsuleCard> capsules = new ListIndex<>(CapsuleCard::id, FEATURED_THEN_NEWEST);
    private final MongoTemplate mongo;
    private final Clock clock;
    private volatile Instant lastSync = Instant.EPOCH;

    CapsuleIndex(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void rebuild() {
        sync();
        log.info("Capsule index holds {} capsules", capsules.size());
    }

    @Scheduled(initialDelayString = "${portal.community.index-sync:PT30S}",
            fixedDelayString = "${portal.community.index-sync:PT30S}")
    void sync() {
        Instant since = lastSync.minus(OVERLAP);
        Instant now = clock.instant();
        try (var changed = mongo.stream(query(where("updatedAt").gte(since)), Capsule.class)) {
            changed.forEach(this::put);
            lastSync = now;
        } catch (RuntimeException e) {
            log.warn("Capsule index sync failed, retried at the next run: {}", e.toString());
        }
    }

    void put(Capsule c) {
        capsules.put(new CapsuleCard(c.id(), c.category(), c.tags(), c.authorId(), c.featured(), c.createdAt(),
                !c.removed()));
    }

    boolean isLive(String id) {
        return capsules.get(id).map(CapsuleCard::listed).orElse(false);
    }

    PageResponse<String> search(CapsuleCategory category, String tag, String author, Boolean featured, int page, int size) {
        return capsules.page(c -> c.listed() && (category == null || c.category() == category)
                && (tag == null || c.tags().contains(tag)) && (author == null || author.equals(c.authorId()))
                && (featured == null || featured == c.featured()), page, size).map(CapsuleCard::id);
    }
}
