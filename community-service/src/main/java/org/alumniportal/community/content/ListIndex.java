package org.alumniportal.community.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.function.Function;
import java.util.function.Predicate;

import org.alumniportal.platform.web.PageResponse;

/**
 * An in-memory, always-sorted list of small summaries: the embedded store scans every non-id query (STACK-NOTES),
 * so lists are filtered and paged here and only the page's items are read by id. Each feature keeps one, fills it
 * at start-up, updates it on its own writes and resyncs it from the store periodically (writes of other replicas).
 *
 * @param <E> an immutable summary; {@code order} must tie-break on the id so that distinct entries never compare equal
 */
public final class ListIndex<E> {

    private final Function<E, String> idOf;
    private final Map<String, E> byId = new ConcurrentHashMap<>();
    private final ConcurrentSkipListSet<E> sorted;
    /** The sorted entries as an array, rebuilt on the first read after a write: walking an array is far cheaper. */
    private volatile List<E> snapshot;

    public ListIndex(Function<E, String> idOf, Comparator<E> order) {
        this.idOf = idOf;
        this.sorted = new ConcurrentSkipListSet<>(order);
    }

    /** Adds or replaces the entry of its id. */
    public synchronized void put(E entry) {
        E previous = byId.put(idOf.apply(entry), entry);
        if (previous != null) {
            sorted.remove(previous);
        }
        sorted.add(entry);
        snapshot = null;
    }

    public synchronized void remove(String id) {
        E previous = byId.remove(id);
        if (previous != null) {
            sorted.remove(previous);
            snapshot = null;
        }
    }

    public Optional<E> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /** One page of the entries matching {@code filter}, in index order, with the exact total. */
    public PageResponse<E> page(Predicate<E> filter, int page, int size) {
        return page(filter, page, size, false);
    }

    /** As {@link #page(Predicate, int, int)}, optionally walking the order backwards (past events, newest first). */
    public PageResponse<E> page(Predicate<E> filter, int page, int size, boolean descending) {
        long skip = (long) page * size;
        List<E> items = new ArrayList<>(size);
        long total = 0;
        List<E> entries = entries();
        int n = entries.size();
        for (int i = 0; i < n; i++) {
            E entry = entries.get(descending ? n - 1 - i : i);
            if (filter.test(entry)) {
                if (total >= skip && items.size() < size) {
                    items.add(entry);
                }
                total++;
            }
        }
        return PageResponse.of(items, page, size, total);
    }

    /** Every matching entry, in index order (for rankings that score a bounded candidate set). */
    public List<E> all(Predicate<E> filter) {
        return entries().stream().filter(filter).toList();
    }

    private List<E> entries() {
        List<E> current = snapshot;
        if (current == null) {
            synchronized (this) {
                current = snapshot;
                if (current == null) {
                    current = List.copyOf(sorted);
                    snapshot = current;
                }
            }
        }
        return current;
    }
}
