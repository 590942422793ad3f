package org.alumniportal.localstack.mongo;

import java.nio.file.Path;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.AbstractUniqueIndex;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.Missing;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.BsonRegularExpression;
import de.bwaldvogel.mongo.bson.Document;

/**
 * mongo-java-server's H2 backend with its unique indexes keyed by {@link IndexKeyType}, so a lookup compares
 * values instead of serializing keys. Same file format, same map names: only the order of the index maps
 * differs, so {@link #open} rebuilds the index maps of a store last written in the old order, once, before the
 * backend reads it (a marker in the store says which order it holds).
 *
 * <p>Its unique indexes also serve a query that fixes every key of the index to one plain value and asks for
 * more fields, such as Spring Data's versioned save ({@code {_id, version}}) or a conditional claim
 * ({@code {_id, status}}). The stock index serves only a query on exactly its keys, so each of those scanned
 * (and decoded) the whole collection. The index finds the one candidate; the collection matches the whole query
 * against it, as it does for every query an index serves.
 */
final class IndexedH2Backend extends H2Backend {

    private static final Logger log = LoggerFactory.getLogger(IndexedH2Backend.class);
    static final String MARKER_MAP = "portal.store";
    static final String ORDER_KEY = "index-key-order";
    static final String ORDER = "mongo-values-v1";
    static final String INDEX_MAP_INFIX = "._index_";
    // H2Database's map names (package-private there)
    static final String DATA_MAP_PREFIX = "databases.";
    private static final String META_MAP_PREFIX = "meta.";

    private IndexedH2Backend(MVStore store) {
        super(store);
    }

    static IndexedH2Backend open(Path file) {
        MVStore store = MVStore.open(file.toString());
        reorderIndexes(store);
        return new IndexedH2Backend(store);
    }

    /**
     * Rebuilds every unique index map in {@link IndexKeyType}'s order, unless the marker says that is done. Nothing
     * is written until the one commit at the end, so a crash half-way leaves the store as it was.
     */
    static void reorderIndexes(MVStore store) {
        MVMap<String, String> marker = store.openMap(MARKER_MAP);
        if (ORDER.equals(marker.get(ORDER_KEY))) {
            return;
        }
        int autoCommitDelay = store.getAutoCommitDelay();
        store.setAutoCommitDelay(0);
        try {
            int rebuilt = 0;
            for (String name : List.copyOf(store.getMapNames())) {
                if (!name.contains(INDEX_MAP_INFIX)) {
                    continue;
                }
                // Opened with the default type: iterating reads the entries whatever order they are in.
                MVMap<Object, Object> old = store.openMap(name);
                Map<Object, Object> entries = new LinkedHashMap<>();
                for (Entry<Object, Object> entry : old.entrySet()) {
                    entries.put(entry.getKey(), entry.getValue());
                }
                store.removeMap(old);
                MVMap<Object, Object> reordered = store.openMap(name, indexMap());
                reordered.putAll(entries);
                rebuilt++;
            }
            marker.put(ORDER_KEY, ORDER);
            store.commit();
            if (rebuilt > 0) {
                log.info("Rebuilt {} unique index maps in value order", rebuilt);
            }
        } finally {
            store.setAutoCommitDelay(autoCommitDelay);
        }
    }

    static MVMap.Builder<Object, Object> indexMap() {
        return new MVMap.Builder<Object, Object>().keyType(new IndexKeyType()).valueType(new StoreValueType());
    }

    /** A collection's documents by position ({@code _id}), both written by {@link StoreValueType}. */
    static MVMap.Builder<Object, Document> dataMap() {
        return new MVMap.Builder<Object, Document>().keyType(new StoreValueType()).valueType(new StoreValueType());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /**
     * H2Database opening its index maps with {@link IndexKeyType}. Its constructor opens the existing indexes
     * before this class's fields would be set, so the store comes from the backend (an inner class's outer
     * instance is set before the superclass constructor runs).
     */
    private final class Database extends H2Database {

        Database(String databaseName, MVStore store, CursorRegistry cursors) {
            super(databaseName, store, cursors);
        }

        // H2Database's own, but with the documents written as BSON (StoreValueType) instead of Java-serialized.
        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            String fullName = getFullCollectionNamespace(collectionName);
            MVMap<Object, Document> data = getMvStore().openMap(DATA_MAP_PREFIX + fullName, dataMap());
            MVMap<String, Object> meta = getMvStore().openMap(META_MAP_PREFIX + fullName);
            return new H2Collection(this, collectionName, options, data, meta, getCursorRegistry());
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                boolean sparse) {
            MVMap<Object, Object> map = getMvStore().openMap(getFullCollectionNamespace(collectionName)
                    + INDEX_MAP_INFIX + indexName, indexMap());
            return new UniqueIndex(map, indexName, keys, sparse);
        }
    }

    /** H2's unique index (its class is package-private), on a map keyed by {@link IndexKeyType}. */
    private static final class UniqueIndex extends AbstractUniqueIndex<Object> {

        private final MVMap<Object, Object> map;

        UniqueIndex(MVMap<Object, Object> map, String name, List<IndexKey> keys, boolean sparse) {
            super(name, keys, sparse);
            this.map = map;
        }

        @Override
        protected Object removeDocument(KeyValue keyValue) {
            return map.remove(keyValue);
        }

        @Override
        protected boolean putKeyPosition(KeyValue keyValue, Object position) {
            return map.putIfAbsent(keyValue, Missing.ofNullable(position)) == null;
        }

        @Override
        @SuppressWarnings({ "unchecked", "rawtypes" })
        protected Iterable<Entry<KeyValue, Object>> getIterable() {
            return (Iterable) map.entrySet();
        }

        @Override
        public synchronized boolean canHandle(Document query) {
            return super.canHandle(query) || query.keySet().size() > keys().size() && fixesEveryKey(query);
        }

        /**
         * Every key equals one plain value: not null (which also matches a missing field), an operator or a
         * sub-document, a list (which an array field may merely contain) or a pattern.
         */
        private boolean fixesEveryKey(Document query) {
            for (String key : keys()) {
                Object value = query.get(key);
                if (value == null || value instanceof Document || value instanceof Collection<?>
                        || BsonRegularExpression.isRegularExpression(value)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        protected Object getPosition(KeyValue keyValue) {
            return map.get(keyValue);
        }

        @Override
        public long getCount() {
            return map.sizeAsLong();
        }

        @Override
        public boolean isEmpty() {
            return map.isEmpty();
        }

        @Override
        public long getDataSize() {
            return getCount();
        }
    }
}
