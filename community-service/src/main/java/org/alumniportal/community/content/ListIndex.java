package org.alumniportal.community.content;

import java.util.ArrayList;
import java.util.Collection;
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
 * <p>
 * Besides the list of every entry, an entry is filed in the named lists {@code listsOf} gives it (say "listed",
 * "tag:java", "author:42"), each sorted the same way. A page of a named list without a further filter is a slice,
 * its total the list's size: walking 50,000 entries to count them cost more than everything else a forum page does.
 *
 * @param <E> an immutable summary; {@code order} must tie-break on the id so that distinct entries never compare equal
 */
public final class ListIndex<E> {

    private final Function<E, String> idOf;
    private final Comparator<E> order;
    private final Function<E, Collection<String>> listsOf;
    private final Map<String, E> byId = new ConcurrentHashMap<>();
    private final Sorted<E> everything;
    private final Map<String, Sorted<E>> lists = new ConcurrentHashMap<>();

    public ListIndex(Function<E, String> idOf, Comparator<E> order) {
        this(idOf, order, entry -> List.of());
    }

    /** @param listsOf the named lists an entry belongs to (none for an entry only the full list holds) */
    public ListIndex(Function<E, String> idOf, Comparator<E> order, Function<E, Collection<String>> listsOf) {
        this.idOf = idOf;
        this.order = order;
        this.listsOf = listsOf;
        this.everything = new Sorted<>(order);
    }

    /** Adds or replaces the entry of its id; an equal entry (a resync of an unchanged item) changes nothing. */
    public synchronized void put(E entry) {
        E previous = byId.put(idOf.apply(entry), entry);
        if (entry.equals(previous)) {
            return;
        }
        if (previous != null) {
            unfile(previous);
        }
        everything.add(entry);
        for (String list : listsOf.apply(entry)) {
            lists.computeIfAbsent(list, name -> new Sorted<>(order)).add(entry);
        }
    }

    public synchronized void remove(String id) {
        E previous = byId.remove(id);
        if (previous != null) {
            unfile(previous);
        }
    }

    private void unfile(E previous) {
        everything.remove(previous);
        for (String list : listsOf.apply(previous)) {
            Sorted<E> sorted = lists.get(list);
            if (sorted != null && sorted.remove(previous) && sorted.isEmpty()) {
                lists.remove(list);
            }
        }
    }

    public Optional<E> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public int size() {
        return byId.size();
    }

    /** How many entries the named list holds. */
    public int size(String list) {
        Sorted<E> sorted = lists.get(list);
        return sorted == null ? 0 : entries(sorted).size();
    }

    /** One page of the entries matching {@code filter}, in index order, with the exact total. */
    public PageResponse<E> page(Predicate<E> filter, int page, int size) {
        return page(filter, page, size, false);
    }

    /** As {@link #page(Predicate, int, int)}, optionally walking the order backwards (past events, newest first). */
    public PageResponse<E> page(Predicate<E> filter, int page, int size, boolean descending) {
        return walk(entries(everything), filter, page, size, descending);
    }

    /**
     * One page of a named list, further filtered by {@code filter} when it is not null (then the list is walked, so
     * pick the smallest list that holds every match).
     */
    public PageResponse<E> page(String list, Predicate<E> filter, int page, int size, boolean descending) {
        Sorted<E> sorted = lists.get(list);
        List<E> entries = sorted == null ? List.of() : entries(sorted);
        if (filter != null) {
            return walk(entries, filter, page, size, descending);
        }
        int n = entries.size();
        int from = (int) Math.min(n, (long) page * size);
        int to = Math.min(n, from + size);
        List<E> items = new ArrayList<>(to - from);
        for (int i = from; i < to; i++) {
            items.add(entries.get(descending ? n - 1 - i : i));
        }
        return PageResponse.of(items, page, size, n);
    }

    /** Every matching entry, in index order (for rankings that score a bounded candidate set). */
    public List<E> all(Predicate<E> filter) {
        return entries(everything).stream().filter(filter).toList();
    }

    /** Every entry of the named list, in index order. */
    public List<E> all(String list) {
        Sorted<E> sorted = lists.get(list);
        return sorted == null ? List.of() : entries(sorted);
    }

    private static <E> PageResponse<E> walk(List<E> entries, Predicate<E> filter, int page, int size, boolean descending) {
        long skip = (long) page * size;
        List<E> items = new ArrayList<>(size);
        long total = 0;
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

    /** The sorted entries as an array, rebuilt on the first read after a write: walking an array is far cheaper. */
    private List<E> entries(Sorted<E> sorted) {
        List<E> current = sorted.snapshot;
        if (current == null) {
            // the index's lock: a write cannot slip between the copy and its publication
            synchronized (this) {
                current = sorted.snapshot;
                if (current == null) {
                    current = List.copyOf(sorted.set);
                    sorted.snapshot = current;
                }
            }
        }
        return current;
    }

    private static final class Sorted<E> {

        final ConcurrentSkipListSet<E> set;
        volatile List<E> snapshot;

        Sorted(Comparator<E> order) {
            this.set = new ConcurrentSkipListSet<>(order);
        }

        void add(E entry) {
            set.add(entry);
            snapshot = null;
        }

        boolean remove(E entry) {
            boolean removed = set.remove(entry);
            if (removed) {
                snapshot = null;
            }
            return removed;
        }

        boolean isEmpty() {
            return set.isEmpty();
        }
    }
}
