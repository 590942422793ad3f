package org.alumniportal.profile.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.springframework.stereotype.Component;

import jakarta.annotation.PreDestroy;

import org.alumniportal.platform.skills.SkillNormalizer;
import org.alumniportal.platform.web.PageResponse;

/**
 * Every profile in an in-memory Lucene index (all roles and visibilities: the privacy rules are part of each
 * query, see {@link SearchQueries}), plus the entries themselves by user id, which is what a hit is rendered from.
 * Writes become visible to the next search ({@code maybeRefreshBlocking} after each change); searchers are
 * shared through the NRT {@link SearcherManager}. Option counts are cached per audience until the index changes.
 */
@Component
public class DirectoryIndex {

    /** Most frequent values listed per option kind (companies, skills, locations). */
    static final int MAX_OPTIONS = 100;

    private static final Sort RELEVANCE_THEN_RECENCY = new Sort(SortField.FIELD_SCORE,
            new SortField(ProfileDocuments.UPDATED, SortField.Type.LONG, true),
            new SortField(ProfileDocuments.ID, SortField.Type.STRING));
    private static final Sort BY_NAME = new Sort(new SortField(ProfileDocuments.NAME_SORT, SortField.Type.STRING),
            new SortField(ProfileDocuments.ID, SortField.Type.STRING));
    private static final Sort RECENT_FIRST = new Sort(new SortField(ProfileDocuments.UPDATED, SortField.Type.LONG,
            true), new SortField(ProfileDocuments.ID, SortField.Type.STRING));

    private final Analyzer analyzer = new StandardAnalyzer();
    private final SearchQueries queries;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final Map<String, DirectoryEntry> entries = new ConcurrentHashMap<>();
    /** Company/location key → the spelling last written, what the options list shows. */
    private final Map<String, String> labels = new ConcurrentHashMap<>();
    private final Map<Audience, CachedOptions> options = new ConcurrentHashMap<>();
    private final Map<Audience, CachedCount> directorySizes = new ConcurrentHashMap<>();
    private final Map<Audience, NameOrder> nameOrders = new ConcurrentHashMap<>();

    public DirectoryIndex(SkillNormalizer skills) {
        this.queries = new SearchQueries(analyzer, skills);
        try {
            // Segments kept in recency order: a search or directory page by recency stops after the page's last hit
            // in each segment instead of visiting every match (early termination).
            this.writer = new IndexWriter(new ByteBuffersDirectory(),
                    new IndexWriterConfig(analyzer).setIndexSort(RECENT_FIRST));
            this.searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds or replaces a profile; an older snapshot than the one indexed (a rebuild racing a save) is ignored. */
    public void put(DirectoryEntry entry) {
        write(entry);
        refresh();
    }

    public void remove(String userId) {
        delete(userId);
        refresh();
    }

    private void delete(String userId) {
        entries.computeIfPresent(userId, (id, old) -> {
            try {
                writer.deleteDocuments(new Term(ProfileDocuments.ID, id));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return null;
        });
    }

    /**
     * Makes the index hold exactly {@code all}: upserts each, then drops what was not seen, then one refresh.
     * Searches meanwhile keep seeing the previous state (nothing is cleared first).
     *
     * @return how many entries were read
     */
    public int rebuild(Stream<DirectoryEntry> all) {
        Set<String> seen = new HashSet<>();
        all.forEach(entry -> {
            seen.add(entry.userId());
            write(entry);
        });
        for (String userId : List.copyOf(entries.keySet())) {
            if (!seen.contains(userId)) {
                delete(userId);
            }
        }
        refresh();
        return seen.size();
    }

    public Optional<DirectoryEntry> entry(String userId) {
        return Optional.ofNullable(entries.get(userId));
    }

    public int size() {
        return entries.size();
    }

    PageResponse<ProfileCard> search(SearchCriteria criteria, Audience audience, int page, int size) {
        // Without q or name nothing scores (every hit 0), so relevance-then-recency is recency alone; saying so lets
        // Lucene prune by the recency points instead of scoring and sorting every match.
        boolean scored = !queries.words(ProfileDocuments.TEXT, criteria.q()).isEmpty()
                || !queries.words(ProfileDocuments.NAME, criteria.name()).isEmpty();
        return page(queries.search(criteria, audience), audience, false, scored ? RELEVANCE_THEN_RECENCY : RECENT_FIRST,
                page, size);
    }

    PageResponse<ProfileCard> directory(Audience audience, DirectoryOrder order, int page, int size) {
        if (order == DirectoryOrder.RECENT) {
            return page(SearchQueries.visibleTo(audience), audience, true, RECENT_FIRST, page, size);
        }
        return withSearcher(searcher -> {
            List<String> ids = nameOrder(searcher, audience);
            int from = page * size;
            List<ProfileCard> cards = from >= ids.size() ? List.of() : ids.subList(from, Math.min(ids.size(),
                    from + size)).stream().map(entries::get)
                    .filter(entry -> entry != null && SearchQueries.mayList(entry, audience))
                    .map(DirectoryEntry::card).toList();
            return PageResponse.of(cards, page, size, ids.size());
        });
    }

    /**
     * The audience's whole directory by name, computed once per index version: a Lucene sort on a string field
     * visits every listed profile on each page, while the directory changes only when a profile is written.
     */
    private List<String> nameOrder(IndexSearcher searcher, Audience audience) throws IOException {
        long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
        NameOrder cached = nameOrders.get(audience);
        if (cached != null && cached.version() == version) {
            return cached.userIds();
        }
        synchronized (nameOrders) {
            cached = nameOrders.get(audience);
            if (cached != null && cached.version() == version) {
                return cached.userIds();
            }
            TopDocs all = searcher.search(SearchQueries.visibleTo(audience), Math.max(1, searcher.count(
                    SearchQueries.visibleTo(audience))), BY_NAME);
            List<String> ids = entriesOf(searcher, all.scoreDocs, 0, audience).stream().map(DirectoryEntry::userId)
                    .toList();
            nameOrders.put(audience, new NameOrder(version, ids));
            return ids;
        }
    }

    /**
     * Up to {@code max} listed profiles the audience may see that share skills, company, location or a batch
     * year within two with {@code me}, best first by the given weights; never {@code me}.
     */
    public List<DirectoryEntry> related(DirectoryEntry me, Audience audience, int max, float perSharedSkill,
            float sameCompany, float sameLocation, float batchStep) {
        Query query = queries.related(me, audience,
                new SearchQueries.Weights(perSharedSkill, sameCompany, sameLocation, batchStep));
        if (query == null) {
            return List.of();
        }
        return withSearcher(searcher -> {
            // By score alone: lets Lucene skip candidates that cannot enter the top (the caller breaks ties).
            TopDocs top = searcher.search(query, max);
            return entriesOf(searcher, top.scoreDocs, 0, audience);
        });
    }

    FilterOptions options(Audience audience) {
        return withSearcher(searcher -> {
            long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
            CachedOptions cached = options.get(audience);
            if (cached != null && cached.version() == version) {
                return cached.options();
            }
            OptionCounter.Counts counts = searcher.search(SearchQueries.visibleTo(audience), new OptionCounter());
            FilterOptions computed = new FilterOptions(top(counts.companies(), this::displayOf), top(counts.skills(),
                    Function.identity()), top(counts.locations(), this::displayOf),
                    counts.batchYears().entrySet().stream()
                            .sorted(Map.Entry.<Integer, Long>comparingByKey().reversed())
                            .map(e -> new FilterOptions.YearOption(e.getKey(), e.getValue())).toList());
            options.put(audience, new CachedOptions(version, computed));
            return computed;
        });
    }

    /** @param everyone the query is the audience's whole directory, whose size is cached per index version */
    private PageResponse<ProfileCard> page(Query query, Audience audience, boolean everyone, Sort sort, int page, int size) {
        return withSearcher(searcher -> {
            long total = everyone ? directorySize(searcher, audience, query) : searcher.count(query);
            int from = page * size;
            if (from >= total) {
                return PageResponse.of(List.of(), page, size, total);
            }
            int wanted = Math.toIntExact(Math.min(total, (long) from + size));
            // Totals come from count(), so the collector may stop counting at the page's end and prune the rest.
            TopDocs top = searcher.search(query, new TopFieldCollectorManager(sort, wanted, null, wanted));
            List<ProfileCard> cards = entriesOf(searcher, top.scoreDocs, from, audience).stream()
                    .map(DirectoryEntry::card).toList();
            return PageResponse.of(cards, page, size, total);
        });
    }

    private long directorySize(IndexSearcher searcher, Audience audience, Query query) throws IOException {
        long version = ((DirectoryReader) searcher.getIndexReader()).getVersion();
        CachedCount cached = directorySizes.get(audience);
        if (cached != null && cached.version() == version) {
            return cached.count();
        }
        long count = searcher.count(query);
        directorySizes.put(audience, new CachedCount(version, count));
        return count;
    }

    /**
     * The current entries of the hits. A profile changed after this searcher was opened is shown as it is now, so
     * privacy is checked once more: a profile hidden a moment ago never slips out through an older searcher.
     */
    private List<DirectoryEntry> entriesOf(IndexSearcher searcher, ScoreDoc[] hits, int from, Audience audience)
            throws IOException {
        // The id from doc values rather than stored fields: no block decompression per hit.
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        List<DirectoryEntry> result = new ArrayList<>(Math.max(0, hits.length - from));
        for (int i = from; i < hits.length; i++) {
            LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(hits[i].doc, leaves));
            SortedDocValues ids = DocValues.getSorted(leaf.reader(), ProfileDocuments.ID);
            if (!ids.advanceExact(hits[i].doc - leaf.docBase)) {
                continue;
            }
            DirectoryEntry entry = entries.get(ids.lookupOrd(ids.ordValue()).utf8ToString());
            if (entry != null && SearchQueries.mayList(entry, audience)) {
                result.add(entry);
            }
        }
        return result;
    }

    private void write(DirectoryEntry entry) {
        entries.compute(entry.userId(), (id, old) -> {
            if (old != null && old.updatedAt().isAfter(entry.updatedAt())) {
                return old;
            }
            try {
                writer.updateDocument(new Term(ProfileDocuments.ID, id), ProfileDocuments.of(entry));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            remember(entry.currentCompany());
            remember(entry.location());
            return entry;
        });
    }

    private void remember(String display) {
        String key = ProfileDocuments.key(display);
        if (!key.isEmpty()) {
            labels.put(key, display.strip().replaceAll("\\s+", " "));
        }
    }

    private String displayOf(String key) {
        return labels.getOrDefault(key, key);
    }

    private static List<FilterOptions.Option> top(Map<String, Long> counts, Function<String, String> display) {
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_OPTIONS)
                .map(e -> new FilterOptions.Option(display.apply(e.getKey()), e.getValue()))
                .toList();
    }

    private void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }

    private record CachedOptions(long version, FilterOptions options) {
    }

    private record CachedCount(long version, long count) {
    }

    private record NameOrder(long version, List<String> userIds) {
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
    }
}
