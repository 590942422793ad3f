package org.alumniportal.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

class IndexedH2BackendTest {

    private static final int DOCUMENTS = 500;

    @Test
    void aStoreWrittenByTheStockBackendIsRebuiltOnceAndItsUniqueIndexesStillFindAndRefuse(@TempDir Path dir) {
        Path file = dir.resolve("mongo.h2");
        // Written in the old order (keys compared as serialized bytes), with an _id and a compound unique index.
        withServer(new H2Backend(file.toString()), outbox -> {
            outbox.createIndex(Indexes.ascending("_id", "status", "attempts"), new IndexOptions().unique(true)
                    .name("outbox_claim"));
            List<Document> documents = new ArrayList<>();
            for (int i = 0; i < DOCUMENTS; i++) {
                documents.add(new Document("_id", "e" + i).append("status", i % 3 == 0 ? "SENT" : "PENDING")
                        .append("attempts", i % 4).append("seq", (long) i));
            }
            Collections.shuffle(documents, new Random(7));
            outbox.insertMany(documents);
        });

        withServer(IndexedH2Backend.open(file), outbox -> {
            for (int i = 0; i < DOCUMENTS; i += 7) {
                Document byId = outbox.find(new Document("_id", "e" + i)).first();
                assertThat(byId).as("by _id e%d", i).isNotNull();
                assertThat(byId.getLong("seq")).isEqualTo((long) i);
                Document claim = new Document("_id", "e" + i).append("status", i % 3 == 0 ? "SENT" : "PENDING")
                        .append("attempts", i % 4);
                assertThat(outbox.updateOne(claim, new Document("$inc", new Document("attempts", 1)))
                        .getModifiedCount()).as("claim of e%d through the compound index", i).isEqualTo(1);
            }
            assertThatThrownBy(() -> outbox.insertOne(new Document("_id", "e1")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
            outbox.insertOne(new Document("_id", "new").append("status", "PENDING").append("attempts", 0));
        });
        try (MVStore store = MVStore.open(file.toString())) {
            assertThat(store.<String, String>openMap(IndexedH2Backend.MARKER_MAP).get(IndexedH2Backend.ORDER_KEY))
                    .isEqualTo(IndexedH2Backend.ORDER);
        }

        // Reopened in the new order without a rebuild: what was written since is found too.
        withServer(IndexedH2Backend.open(file), outbox -> {
            assertThat(outbox.find(new Document("_id", "new")).first()).isNotNull();
            assertThat(outbox.find(new Document("_id", "e497")).first()).isNotNull();
            assertThat(outbox.countDocuments()).isEqualTo(DOCUMENTS + 1);
            assertThatThrownBy(() -> outbox.insertOne(new Document("_id", "new")))
                    .isInstanceOf(MongoWriteException.class).hasMessageContaining("duplicate key");
        });
    }

    @Test
    void keysAreOrderedByValueFieldByFieldThenByLength() {
        assertThat(IndexKeyType.compareKeys(new KeyValue("a", 2.0), new KeyValue("a", 10.0))).isNegative();
        assertThat(IndexKeyType.compareKeys(new KeyValue("b", 1.0), new KeyValue("a", 10.0))).isPositive();
        assertThat(IndexKeyType.compareKeys(new KeyValue("a"), new KeyValue("a", 1.0))).isNegative();
        assertThat(IndexKeyType.compareKeys(new KeyValue("a", "PENDING", 0.0), new KeyValue("a", "PENDING", 0.0)))
                .isZero();
    }

    @Test
    void aQueryThatFixesAnIndexsKeysAndAsksForMoreIsServedByTheIndexAndMatchesTheWholeQuery(@TempDir Path dir) {
        Path file = dir.resolve("mongo.h2");
        withServer(IndexedH2Backend.open(file), applications -> {
            for (int i = 0; i < DOCUMENTS; i++) {
                applications.insertOne(new Document("_id", "a" + i).append("version", 1L).append("status", "NEW"));
            }
            // Spring Data's versioned save: the right version replaces, a stale one matches nothing.
            assertThat(applications.replaceOne(new Document("_id", "a7").append("version", 1L),
                    new Document("version", 2L).append("status", "VIEWED")).getModifiedCount()).isEqualTo(1);
            assertThat(applications.replaceOne(new Document("_id", "a7").append("version", 1L),
                    new Document("version", 2L).append("status", "LOST")).getModifiedCount()).isZero();
            assertThat(applications.find(new Document("_id", "a7")).first().getString("status")).isEqualTo("VIEWED");
            // Extra conditions with operators are still applied to the one candidate.
            assertThat(applications.countDocuments(new Document("_id", "a8").append("version",
                    new Document("$gt", 1L)))).isZero();
            assertThat(applications.countDocuments(new Document("_id", "a8").append("version",
                    new Document("$gte", 1L)))).isEqualTo(1);
            // Not a plain value on the key: served as before (a scan, or the stock rules).
            assertThat(applications.countDocuments(new Document("_id", new Document("$in", List.of("a1", "a2")))
                    .append("status", "NEW"))).isEqualTo(2);
            assertThat(applications.countDocuments(new Document("_id", java.util.regex.Pattern.compile("^a1\\d$"))
                    .append("status", "NEW"))).isEqualTo(10);
            assertThat(applications.countDocuments(new Document("_id", null).append("status", "NEW"))).isZero();
        });

        // Take a7 out of the _id index behind the store's back: a query served by the index no longer finds it,
        // a scan still does. That tells which of the two answered.
        try (MVStore store = MVStore.open(file.toString())) {
            String idIndex = store.getMapNames().stream()
                    .filter(name -> name.equals("job.outbox" + IndexedH2Backend.INDEX_MAP_INFIX + "_id_"))
                    .findFirst().orElseThrow();
            assertThat(store.openMap(idIndex, IndexedH2Backend.indexMap()).remove(new KeyValue("a7"))).isNotNull();
            store.commit();
        }
        withServer(IndexedH2Backend.open(file), applications -> {
            assertThat(applications.find(new Document("status", "VIEWED")).first()).as("a scan").isNotNull();
            assertThat(applications.find(new Document("_id", "a7").append("version", 2L)).first())
                    .as("{_id, version} through the _id index").isNull();
            assertThat(applications.updateOne(new Document("_id", "a7").append("status", "VIEWED"),
                    new Document("$set", new Document("status", "SEEN"))).getMatchedCount())
                    .as("{_id, status} through the _id index").isZero();
        });
    }

    @Test
    void documentsAndKeysAreWrittenAsBsonAndReadBackWithTheirTypes(@TempDir Path dir) {
        Path file = dir.resolve("mongo.h2");
        java.nio.ByteBuffer uuid = java.nio.ByteBuffer.allocate(16).putLong(42L).putLong(-7L);
        java.util.Date when = new java.util.Date(1_790_000_000_123L);
        Document original = new Document("_id", new org.bson.types.ObjectId()).append("text", "grüße")
                .append("int", 7).append("long", 1L << 40).append("double", 2.5).append("flag", true)
                .append("nothing", null).append("at", when).append("uuid", new org.bson.types.Binary(org.bson.BsonBinarySubType.UUID_STANDARD, uuid.array()))
                .append("bytes", new org.bson.types.Binary(new byte[] { 1, 2, 3 }))
                .append("nested", new Document("list", List.of("a", 1, new Document("b", false))))
                .append("decimal", new org.bson.types.Decimal128(new java.math.BigDecimal("12.34")));
        withServer(IndexedH2Backend.open(file), collection -> {
            collection.createIndex(Indexes.ascending("text", "int"), new IndexOptions().unique(true).name("pair"));
            collection.insertOne(original);
        });
        withServer(IndexedH2Backend.open(file), collection -> {
            Document read = collection.find(new Document("text", "grüße").append("int", 7)).first();
            assertThat(read).as("found through the compound index after a reopen").isEqualTo(original);
            assertThat(read.get("long")).isInstanceOf(Long.class);
            assertThat(read.get("int")).isInstanceOf(Integer.class);
            assertThat(collection.find(new Document("_id", original.get("_id"))).first()).isEqualTo(original);
        });
        // H2's own type no longer reads them: the documents and their ObjectId keys are BSON, not Java-serialized.
        try (MVStore store = MVStore.open(file.toString())) {
            assertThatThrownBy(() -> store.openMap(IndexedH2Backend.DATA_MAP_PREFIX + "job.outbox").values().iterator()
                    .next())
                    .isInstanceOf(org.h2.mvstore.MVStoreException.class).hasMessageMatching("Unknown tag 12[02] .*");
        }
    }

    private interface OnCollection {
        void accept(MongoCollection<Document> collection);
    }

    private static void withServer(MongoBackend backend, OnCollection work) {
        MongoServer server = new MongoServer(backend);
        try {
            var address = server.bind();
            try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + address.getPort())) {
                work.accept(client.getDatabase("job").getCollection("outbox"));
            }
        } finally {
            server.shutdownNow();
        }
    }
}
