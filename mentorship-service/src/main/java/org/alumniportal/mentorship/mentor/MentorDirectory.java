package org.alumniportal.mentorship.mentor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/**
 * Every mentor in memory, for the list, its filters and matching: the embedded store scans a collection for
 * any query that is not an {@code _id} lookup (STACK-NOTES), and even 10,000 mentors are a few MB. Filled from
 * the collection at start-up, then kept current by {@link Mentors}, which hands over each document it wrote;
 * a snapshot only replaces an older revision. The ordered list (best rated first) is rebuilt lazily after a
 * change, so reads between changes do no sorting.
 *
 * <p>One instance per JVM: with several replicas each one sees its own writes at once and the others' after
 * its next start (a replica fed by a change stream would close that gap on a real MongoDB).
 */
@Component
public class MentorDirectory {

    private static final Logger log = LoggerFactory.getLogger(MentorDirectory.class);

    static final Comparator<MentorCard> BEST_FIRST = Comparator
            .comparing((MentorCard c) -> c.view().rating() == null ? -1.0 : c.view().rating()).reversed()
            .thenComparing(c -> c.view().totalSessions(), Comparator.reverseOrder())
            .thenComparing(c -> c.view().userId());

    private final MongoTemplate mongo;
    private final Map<String, MentorCard> cards = new ConcurrentHashMap<>();
    private final AtomicLong changes = new AtomicLong();
    private volatile Ordered ordered = new Ordered(-1, List.of(), Map.of());

    /**
     * The ordered list as of {@code changes == version}, and for each expertise key the mentors who have it in the
     * same order: a list filtered by expertise walks the shortest of its keys' lists, not every mentor (the full
     * walk with a set lookup per mentor was most of the service's CPU per list request).
     */
    private record Ordered(long version, List<MentorCard> cards, Map<String, List<MentorCard>> byExpertise) {

        static Ordered of(long version, List<MentorCard> sorted) {
            Map<String, List<MentorCard>> byExpertise = new HashMap<>();
            for (MentorCard card : sorted) {
                for (String key : card.expertiseKeys()) {
                    byExpertise.computeIfAbsent(key, k -> new ArrayList<>()).add(card);
                }
            }
            byExpertise.replaceAll((key, cards) -> List.copyOf(cards));
            return new Ordered(version, List.copyOf(sorted), Map.copyOf(byExpertise));
        }

        /** The mentors a filter can match: those with its rarest expertise key, or all. */
        List<MentorCard> candidates(MentorFilter filter) {
            List<MentorCard> shortest = cards;
            for (String key : filter.expertiseKeys()) {
                List<MentorCard> withKey = byExpertise.getOrDefault(key, List.of());
                if (withKey.size() < shortest.size()) {
                    shortest = withKey;
                }
            }
            return shortest;
        }
    }

    MentorDirectory(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationStartedEvent.class)
    void rebuild() {
        long started = System.nanoTime();
        try (var stream = mongo.stream(new org.springframework.data.mongodb.core.query.Query(), Mentor.class)) {
            stream.forEach(this::put);
        }
        log.info("Mentor directory holds {} mentors, loaded in {} ms", cards.size(),
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Keeps the newer of the stored card and this document. */
    void put(Mentor mentor) {
        MentorCard card = MentorCard.of(mentor);
        cards.merge(card.view().userId(), card, (old, neu) -> neu.revision() >= old.revision() ? neu : old);
        changes.incrementAndGet();
    }

    public Optional<MentorCard> find(String userId) {
        return Optional.ofNullable(cards.get(userId));
    }

    /** All mentors, best rated first; the list is shared and must not be changed. */
    public List<MentorCard> all() {
        return current().cards();
    }

    private Ordered current() {
        Ordered snapshot = ordered;
        long version = changes.get();
        if (snapshot.version() == version) {
            return snapshot;
        }
        // Read the counter before copying: a change during the sort leaves a version behind, so the next read
        // sorts again instead of keeping a list that misses it.
        List<MentorCard> sorted = new ArrayList<>(cards.values());
        sorted.sort(BEST_FIRST);
        Ordered fresh = Ordered.of(version, sorted);
        ordered = fresh;
        return fresh;
    }

    /** One pass over the candidates in order: counts every match but keeps only the requested page's. */
    PageResponse<MentorView> search(MentorFilter filter, int page, int size) {
        int p = Paging.page(page);
        int s = Paging.size(size);
        long from = (long) p * s;
        List<MentorView> items = new ArrayList<>(s);
        long total = 0;
        for (MentorCard card : current().candidates(filter)) {
            if (filter.matches(card)) {
                if (total >= from && items.size() < s) {
                    items.add(card.view());
                }
                total++;
            }
        }
        return PageResponse.of(items, p, s, total);
    }

    int size() {
        return cards.size();
    }

    Collection<MentorCard> unordered() {
        return cards.values();
    }
}
