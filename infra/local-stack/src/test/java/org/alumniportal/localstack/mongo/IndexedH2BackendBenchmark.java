package org.alumniportal.localstack.mongo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;

/**
 * The embedded store's unique-index cost, stock H2 backend against {@link IndexedH2Backend}, in one run (run with
 * {@code ./mvnw -o -B test -pl infra/local-stack -Dtest=IndexedH2BackendBenchmark}; not part of the test suite).
 * An outbox-shaped collection ({@code _id} plus the unique {@code {_id, status, attempts}}) of {@value #DOCUMENTS}
 * documents; each round reads {@value #OPS} by {@code _id} and claims {@value #OPS} through the compound index, as
 * the outbox relay does, then makes {@value #SAVES} versioned saves ({@code replaceOne} on {@code {_id, version}}, as
 * Spring Data saves a {@code @Version} document), which the stock backend serves by scanning the collection. Rounds
 * alternate between the backends; prints each round's operations per second and the ratios of the medians.
 */
class IndexedH2BackendBenchmark {

    private static final int DOCUMENTS = 20_000;
    private static final int OPS = 2_000;
    private static final int ROUNDS = 5;
    private static final int SAVES = 40;

    @Test
    void uniqueIndexLookupsAndUpdates(@TempDir Path dir) {
        List<Double> stock = new ArrayList<>();
        List<Double> indexed = new ArrayList<>();
        List<Double> stockSaves = new ArrayList<>();
        List<Double> indexedSaves = new ArrayList<>();
        try (Store a = new Store(new H2Backend(dir.resolve("stock.h2").toString()));
                Store b = new Store(IndexedH2Backend.open(dir.resolve("indexed.h2")))) {
            for (int round = 0; round < ROUNDS; round++) {
                stock.add(a.round(round));
                indexed.add(b.round(round));
                stockSaves.add(a.versionedSaves(round));
                indexedSaves.add(b.versionedSaves(round));
                System.out.printf(Locale.ROOT, "round %d: stock %.0f ops/s, indexed %.0f ops/s; versioned saves: stock "
                        + "%.1f/s, indexed %.1f/s%n", round, stock.get(round), indexed.get(round), stockSaves.get(round),
                        indexedSaves.get(round));
            }
        }
        double s = median(stock.subList(1, ROUNDS));
        double i = median(indexed.subList(1, ROUNDS));
        double ss = median(stockSaves.subList(1, ROUNDS));
        double is = median(indexedSaves.subList(1, ROUNDS));
        System.out.printf(Locale.ROOT, "IndexedH2BackendBenchmark: %d documents; median of rounds 1-%d: stock %.0f "
                + "ops/s, indexed %.0f ops/s, ratio %.2f; versioned saves stock %.1f/s, indexed %.1f/s, ratio %.1f "
                + "(round 0 is warm-up)%n", DOCUMENTS, ROUNDS - 1, s, i, i / s, ss, is, is / ss);
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private static final class Store implements AutoCloseable {

        private final MongoServer server;
        private final MongoClient client;
        private final MongoCollection<Document> outbox;
        private final List<String> ids;

        Store(MongoBackend backend) {
            server = new MongoServer(backend);
            client = MongoClients.create("mongodb://127.0.0.1:" + server.bind().getPort());
            outbox = client.getDatabase("bench").getCollection("outbox");
            outbox.createIndex(Indexes.ascending("_id", "status", "attempts"), new IndexOptions().unique(true)
                    .name("outbox_claim"));
            List<Document> batch = new ArrayList<>();
            for (int n = 0; n < DOCUMENTS; n++) {
                batch.add(new Document("_id", java.util.UUID.randomUUID() + "-" + n).append("status", "PENDING")
                        .append("attempts", 0).append("version", 0L).append("payload", "x".repeat(400)));
                if (batch.size() == 1000) {
                    outbox.insertMany(batch);
                    batch.clear();
                }
            }
            ids = outbox.find().projection(new Document("_id", 1)).map(d -> d.getString("_id")).into(new ArrayList<>());
        }

        /** @return operations per second of one round (OPS reads by _id, then OPS claims) */
        double round(int round) {
            long start = System.nanoTime();
            for (int n = 0; n < OPS; n++) {
                String id = ids.get((n * 7 + round * OPS) % ids.size());
                assertThat(outbox.find(new Document("_id", id)).first()).as("read of %s", id).isNotNull();
            }
            for (int n = 0; n < OPS; n++) {
                String id = ids.get((n * 13 + round * OPS) % ids.size());
                Document current = outbox.find(new Document("_id", id)).first();
                // a claim that matched nothing would measure a miss, not an update through the index
                assertThat(outbox.updateOne(new Document("_id", id).append("status", "PENDING").append("attempts",
                        current.get("attempts")), new Document("$inc", new Document("attempts", 1)))
                        .getModifiedCount()).as("claim of %s", id).isEqualTo(1);
            }
            return 3.0 * OPS / ((System.nanoTime() - start) / 1e9);
        }

        /** @return versioned saves per second: each replaces the document guarded by its current version */
        double versionedSaves(int round) {
            long start = System.nanoTime();
            for (int n = 0; n < SAVES; n++) {
                String id = ids.get((n * 31 + round * SAVES) % ids.size());
                Document current = outbox.find(new Document("_id", id)).first();
                long version = current.getLong("version");
                Document next = new Document(current).append("version", version + 1);
                assertThat(outbox.replaceOne(new Document("_id", id).append("version", version), next)
                        .getModifiedCount()).as("save of %s at version %d", id, version).isEqualTo(1);
            }
            return SAVES / ((System.nanoTime() - start) / 1e9);
        }

        @Override
        public void close() {
            client.close();
            server.shutdownNow();
        }
    }
}
