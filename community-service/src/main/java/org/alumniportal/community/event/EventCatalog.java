package org.alumniportal.community.event;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.alumniportal.community.content.ListIndex;
import org.alumniportal.platform.web.PageResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The event list, served from memory: filled at start-up, updated on this replica's writes, and resynced every
 * {@code portal.community.index-sync} from documents changed since the last sync (another replica's writes). A page
 * is then read by id, so the counters shown are the stored ones.
 */
@Component
class EventCatalog {

    private static final Logger log = LoggerFactory.getLogger(EventCatalog.class);
    private static final Duration OVERLAP = Duration.ofSeconds(5);

    private static final String LISTED = "listed";

    private final ListIndex<EventCard> index = new ListIndex<>(EventCard::id, EventCard.BY_START,
            EventCatalog::listsOf);
    private final MongoTemplate mongo;
    private final Clock clock;
    private volatile Instant lastSync = Instant.EPOCH;

    EventCatalog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @EventListener(ApplicationStartedEvent.class)
    void rebuild() {
        long started = System.nanoTime();
        sync();
        log.info("Event list index holds {} events ({} ms)", index.size(), (System.nanoTime() - started) / 1_000_000);
    }

    @Scheduled(initialDelayString = "${portal.community.index-sync:PT30S}",
            fixedDelayString = "${portal.community.index-sync:PT30S}")
    void sync() {
        Instant since = lastSync.minus(OVERLAP);
        Instant now = clock.instant();
        try (var changed = mongo.stream(query(where("updatedAt").gte(since)), Event.class)) {
            changed.forEach(this::put);
            lastSync = now;
        } catch (RuntimeException e) {
            log.warn("Event index sync failed, retried at the next run: {}", e.toString());
        }
    }

    void put(Event event) {
        index.put(EventCard.of(event));
    }

    /** A listed event is in the listed list, its type's and its creator's: a search walks the smallest that fits. */
    private static List<String> listsOf(EventCard card) {
        return card.listed() ? List.of(LISTED, "type:" + card.eventType(), "creator:" + card.createdBy()) : List.of();
    }

    /**
     * @param when upcoming (not ended yet, soonest first) or past (ended, latest first)
     * @param q    words that must all occur in title, description or location
     */
    PageResponse<String> search(String when, EventType type, String q, String createdBy, int page, int size) {
        Instant now = clock.instant();
        boolean past = "past".equalsIgnoreCase(when);
        String[] words = q == null ? new String[0]
                : Arrays.stream(q.toLowerCase(Locale.ROOT).split("\\s+")).filter(w -> !w.isBlank()).toArray(String[]::new);
        String list = createdBy != null ? "creator:" + createdBy : type != null ? "type:" + type : LISTED;
        Predicate<EventCard> filter = card -> (past ? !card.endDate().isAfter(now) : card.endDate().isAfter(now))
                && (type == null || card.eventType() == type) && containsAll(card.text(), words);
        return index.page(list, filter, page, size, past).map(EventCard::id);
    }

    // a loop, not a stream per card: the filter runs once for every listed event on each list request
    private static boolean containsAll(String text, String[] words) {
        for (String word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    /** Listed events not started yet (recommendation candidates). */
    List<EventCard> upcoming() {
        Instant now = clock.instant();
        return index.all(LISTED).stream().filter(card -> card.startDate().isAfter(now)).toList();
    }
}
