package org.alumniportal.platform.outbox;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.kafka.common.errors.RetriableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Sends pending outbox entries to Kafka, oldest first, one at a time, and marks an entry sent only after the
 * broker acknowledged it (acks=all, idempotent producer). It runs on one thread of its own: a publish nudges it
 * (milliseconds of latency), and it also polls, which is what picks up entries left behind by a crash or an
 * outage.
 *
 * <p>Each entry is claimed before it is sent (a conditional update on the entry: still pending, and no live claim
 * of another relay), so two instances of a service never send the same entry; a relay that finds an entry
 * claimed by another one ends its round, so the other one keeps the aggregate's order. A claim lapses after
 * {@code claim-timeout}, which hands the entry of a relay that died mid-send to the next one.
 *
 * <p>A failed send stays pending and ends the round, so later events of the same aggregate do not overtake it;
 * every attempt is counted on the entry with its error. An error the broker reports as retriable (down,
 * timed out, leader moving) never gives up on the entry: the next poll retries. Any other error (a record too
 * large, a topic the broker refuses) is the entry's own; after {@code max-attempts} the entry is parked with its
 * error, counted in {@code portal.outbox.parked}, logged, and the relay moves on to the entries behind it.
 * {@link #requeueParked()} sends parked entries again once the cause is fixed.
 *
 * <p>At-least-once: a crash after the send and before the "sent" update, or a send whose acknowledgement timed
 * out, can deliver an event twice. Consumers dedupe by envelope id ({@code ProcessedEvents}).
 *
 * <p>Per event, nothing scans the outbox. It keeps the sent entries of the last {@code sent-retention}, and the
 * embedded store scans a collection for any query that is not exactly a unique index's fields (STACK-NOTES),
 * holding the collection's lock meanwhile: at 100 events/s a service's outbox holds hundreds of thousands of
 * entries within the hour, and the claim, the "sent" mark and the release each scanned it. So a nudge names the
 * entries just published and the relay sends those by id; each per-entry query is exactly {@code {_id, status,
 * attempts}}, the unique {@code outbox_claim} index ({@code attempts} is the entry's version: every claim raises
 * it, so an unchanged count means nobody claimed the entry since it was read). Only the poll, and the round after
 * a failed send, look for pending entries by status, oldest first, which is what keeps an aggregate's order
 * after a failure.
 */
public class OutboxRelay implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final Duration PURGE_INTERVAL = Duration.ofMinutes(1);

    /** Micrometer counter of parked entries, tagged with the event type. */
    public static final String PARKED_METRIC = "portal.outbox.parked";

    private final MongoTemplate mongo;
    private final KafkaTemplate<String, String> kafka;
    private final OutboxProperties properties;
    private final MeterRegistry meters;
    private final String instanceId = UUID.randomUUID().toString();
    private final AtomicBoolean nudged = new AtomicBoolean();
    /**
     * Entries published here since the last round, in publishing order: sent by id, without a search. Where the
     * publisher handed over the entry as written, it is not read again either.
     */
    private final Queue<Published> published = new ConcurrentLinkedQueue<>();
    /**
     * Set by a failed send and at start; cleared only by the nudged round that then searches: that round sends the
     * oldest pending entry first.
     */
    private volatile boolean searchNeeded = true;
    private volatile ScheduledExecutorService executor;
    private volatile boolean failing;

    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties) {
        this(mongo, kafka, properties, null);
    }

    /** @param meters where {@value #PARKED_METRIC} is counted; null counts nowhere */
    public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
            MeterRegistry meters) {
        this.mongo = mongo;
        this.kafka = kafka;
        this.properties = properties;
        this.meters = meters;
    }

    /**
     * Asks for a relay round soon that looks for every pending entry, without waiting for it. Safe to call at any
     * time, also when stopped.
     */
    public void nudge() {
        searchNeeded = true;
        scheduleRound();
    }

    /**
     * Asks for a round soon that sends these entries, just made pending, by their ids (no search of the outbox).
     * Safe to call at any time; a stopped relay leaves them to the next start's poll.
     */
    public void nudge(Collection<String> ids) {
        if (executor != null) {
            ids.forEach(id -> published.add(new Published(id, null)));
            scheduleRound();
        }
    }

    /** {@link #nudge(Collection)} for entries just written as pending, as written: the relay does not read them. */
    void nudgeWritten(List<OutboxEntry> entries) {
        if (executor != null) {
            entries.forEach(entry -> published.add(new Published(entry.id(), entry)));
            scheduleRound();
        }
    }

    /** An entry named by a nudge; {@code written} is the entry as its publisher wrote it, or null. */
    private record Published(String id, OutboxEntry written) {
    }

    private void scheduleRound() {
        ScheduledExecutorService current = executor;
        if (current != null && nudged.compareAndSet(false, true)) {
            try {
                current.execute(() -> {
                    nudged.set(false);
                    relayNudgedQuietly();
                });
            } catch (RuntimeException rejected) {
                nudged.set(false);
            }
        }
    }

    /**
     * Sends the entries named by {@link #nudge(Collection)}, in that order, until one fails or is another relay's;
     * those left are the next search's (the poll's). After a failed send the round searches instead, so the
     * failed entry goes first.
     *
     * @return how many this call sent
     */
    int relayPublished() {
        if (searchNeeded) {
            searchNeeded = false;
            return relayPending();
        }
        int sent = 0;
        while (true) {
            List<OutboxEntry> candidates = new ArrayList<>();
            for (Published next; candidates.size() < properties.batchSize() && (next = published.poll()) != null;) {
                OutboxEntry candidate = next.written() != null ? next.written()
                        : mongo.findById(next.id(), OutboxEntry.class);
                if (candidate != null && candidate.status() == OutboxEntry.Status.PENDING) {
                    candidates.add(candidate);
                } // else a search (the poll's, another relay's) sent it already, or it was parked
            }
            if (candidates.isEmpty()) {
                return sent;
            }
            Round round = sendInOrder(candidates, true);
            sent += round.sent();
            if (round.stopped()) {
                published.clear();
                return sent;
            }
        }
    }

    /**
     * Sends pending entries until none is left, one fails, or one is another relay's.
     *
     * @return how many this call sent
     */
    public int relayPending() {
        int sent = 0;
        while (true) {
            List<OutboxEntry> batch = mongo.find(query(where("status").is(OutboxEntry.Status.PENDING))
                    .with(Sort.by("sequence")).limit(properties.batchSize()), OutboxEntry.class);
            if (batch.isEmpty()) {
                return sent;
            }
            // One at a time, as this path runs after a failure: an entry behind a failing one of its aggregate
            // must not reach the broker before that one is sent or parked.
            for (OutboxEntry candidate : batch) {
                Round round = sendInOrder(List.of(candidate), false);
                sent += round.sent();
                if (round.stopped()) {
                    return sent;
                }
            }
            if (batch.size() < properties.batchSize()) {
                return sent;
            }
        }
    }

    /** What one batch came to: how many were sent, and whether the round must stop (a failure, another relay). */
    private record Round(int sent, boolean stopped) {
    }

    /**
     * Claims {@code candidates} (oldest first) and sends the claimed ones as one batch: all handed to the producer,
     * one flush, then each acknowledgement awaited in order. Per batch that is one write for the claims and one for
     * the "sent" marks, not three round trips per entry with a wait for the broker in between. The producer is
     * idempotent with at most five requests in flight, so one aggregate's records still land in publishing order.
     *
     * <p>Should a candidate turn out to be claimed by another relay, only those before it are sent: that relay keeps
     * the order from there. Should a send fail, those acknowledged are marked sent all the same (the broker has
     * them), and the failed ones stay pending for the next search, oldest first.
     */
    private Round sendInOrder(List<OutboxEntry> candidates, boolean ownFreshEntries) {
        List<OutboxEntry> claimed = ownFreshEntries ? claimAll(candidates) : claimEach(candidates);
        boolean stopped = claimed.size() < candidates.size();
        if (claimed.isEmpty()) {
            return new Round(0, stopped);
        }
        List<CompletableFuture<?>> acknowledgements = new ArrayList<>(claimed.size());
        for (OutboxEntry entry : claimed) {
            acknowledgements.add(sendAsync(entry));
        }
        // Without the flush the batch would first sit out the producer's linger.ms (5 ms by default since Kafka 4).
        flushQuietly();
        List<OutboxEntry> delivered = new ArrayList<>(claimed.size());
        long deadline = System.nanoTime() + properties.sendTimeout().toNanos();
        for (int i = 0; i < claimed.size(); i++) {
            OutboxEntry entry = claimed.get(i);
            Throwable failure = awaitAcknowledgement(acknowledgements.get(i), deadline);
            if (failure == null) {
                delivered.add(entry);
            } else if (recordFailure(entry, failure) == Outcome.FAILED) {
                stopped = true;
            }
        }
        markSent(delivered);
        return new Round(delivered.size(), stopped);
    }

    private CompletableFuture<?> sendAsync(OutboxEntry entry) {
        try {
            return kafka.send(entry.topic(), entry.key(), entry.payload());
        } catch (RuntimeException refused) {
            return CompletableFuture.failedFuture(refused);
        }
    }

    private void flushQuietly() {
        try {
            kafka.flush();
        } catch (RuntimeException e) {
            log.debug("Producer flush failed; the acknowledgements say which sends failed: {}", e.toString());
        }
    }

    /** @return null once acknowledged, else why not */
    private static Throwable awaitAcknowledgement(CompletableFuture<?> acknowledgement, long deadline) {
        try {
            acknowledgement.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        } catch (ExecutionException e) {
            return e.getCause() != null ? e.getCause() : e;
        } catch (java.util.concurrent.TimeoutException | RuntimeException e) {
            return e;
        }
    }

    /**
     * Puts every parked entry back in line (attempts reset), for after the cause was fixed.
     *
     * @return how many were parked
     */
    public long requeueParked() {
        long requeued = mongo.updateMulti(query(where("status").is(OutboxEntry.Status.PARKED)),
                new Update().set("status", OutboxEntry.Status.PENDING).set("attempts", 0).unset("parkedAt"),
                OutboxEntry.class).getModifiedCount();
        if (requeued > 0) {
            log.info("Requeued {} parked outbox entries", requeued);
            nudge();
        }
        return requeued;
    }

    /** This relay's name in {@code claimedBy}. */
    public String instanceId() {
        return instanceId;
    }

    private enum Outcome {
        SENT, FAILED, PARKED
    }

    /**
     * The atomic step that makes a relay the only sender of entries; counts the attempt. Whether an entry is free (no
     * claim, a lapsed one, or this relay's own) is judged on the candidate as read; each update then applies only if
     * nobody claimed the entry since, which its unchanged {@code attempts} shows. All candidates are claimed in one
     * ordered bulk write; when some were taken meanwhile (rare: another relay's search), each is read back to see
     * which are this relay's.
     *
     * @return the claimed entries as claimed, the longest run of {@code candidates} from the first; claims this
     *         relay made beyond that run are given back
     */
    private List<OutboxEntry> claimAll(List<OutboxEntry> candidates) {
        Instant now = Instant.now();
        Instant until = now.plus(properties.claimTimeout());
        List<OutboxEntry> free = new ArrayList<>(candidates.size());
        for (OutboxEntry candidate : candidates) {
            boolean isFree = candidate.claimedUntil() == null || candidate.claimedUntil().isBefore(now)
                    || instanceId.equals(candidate.claimedBy());
            if (!isFree) {
                break;
            }
            free.add(candidate);
        }
        if (free.isEmpty()) {
            return List.of();
        }
        BulkOperations claims = mongo.bulkOps(BulkOperations.BulkMode.ORDERED, OutboxEntry.class);
        for (OutboxEntry candidate : free) {
            claims.updateOne(unchanged(candidate), new Update().set("claimedBy", instanceId).set("claimedUntil", until)
                    .inc("attempts", 1));
        }
        int modified = claims.execute().getModifiedCount();
        List<OutboxEntry> claimed = new ArrayList<>(free.size());
        if (modified == free.size()) {
            free.forEach(candidate -> claimed.add(asClaimed(candidate, until)));
            return claimed;
        }
        boolean run = true;
        for (OutboxEntry candidate : free) {
            OutboxEntry current = mongo.findById(candidate.id(), OutboxEntry.class);
            boolean mine = current != null && current.status() == OutboxEntry.Status.PENDING
                    && instanceId.equals(current.claimedBy()) && current.attempts() == candidate.attempts() + 1;
            if (mine && run) {
                claimed.add(current);
            } else if (mine) {
                mongo.updateFirst(claimed(current), new Update().unset("claimedBy").unset("claimedUntil"),
                        OutboxEntry.class);
            } else {
                run = false;
            }
        }
        return claimed;
    }

    /**
     * The search's claims, one entry at a time until one is taken: two relays polling the same pending entries would
     * otherwise interleave their bulk claims, each giving back what lies beyond the other's first claim.
     */
    private List<OutboxEntry> claimEach(List<OutboxEntry> candidates) {
        List<OutboxEntry> claimed = new ArrayList<>(candidates.size());
        for (OutboxEntry candidate : candidates) {
            Instant now = Instant.now();
            boolean free = candidate.claimedUntil() == null || candidate.claimedUntil().isBefore(now)
                    || instanceId.equals(candidate.claimedBy());
            OutboxEntry entry = !free ? null : mongo.findAndModify(unchanged(candidate),
                    new Update().set("claimedBy", instanceId).set("claimedUntil", now.plus(properties.claimTimeout()))
                            .inc("attempts", 1),
                    FindAndModifyOptions.options().returnNew(true), OutboxEntry.class);
            if (entry == null) {
                break;
            }
            claimed.add(entry);
        }
        return claimed;
    }

    private OutboxEntry asClaimed(OutboxEntry entry, Instant until) {
        return new OutboxEntry(entry.id(), entry.topic(), entry.key(), entry.type(), entry.payload(), entry.status(),
                entry.sequence(), entry.createdAt(), entry.sentAt(), entry.attempts() + 1, entry.lastError(),
                instanceId, until, entry.parkedAt());
    }

    /** Still pending, and claimed by nobody since {@code entry} was read (or claimed): the claim index's fields. */
    private static Query unchanged(OutboxEntry entry) {
        return query(where("_id").is(entry.id()).and("status").is(OutboxEntry.Status.PENDING)
                .and("attempts").is(entry.attempts()));
    }

    /** The entry as this relay claimed it: while that holds, the claim is this relay's, lapsed or not. */
    private Query claimed(OutboxEntry entry) {
        return unchanged(entry);
    }

    /**
     * Marks acknowledged entries sent, in one bulk write; with a {@code sent-retention} of zero they are deleted
     * instead (the embedded store scans the outbox for the poll, so it should hold only what is still to send).
     */
    private void markSent(List<OutboxEntry> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        BulkOperations marks = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, OutboxEntry.class);
        Instant now = Instant.now();
        boolean keep = !properties.sentRetention().isZero();
        for (OutboxEntry entry : delivered) {
            if (keep) {
                marks.updateOne(claimed(entry), new Update().set("status", OutboxEntry.Status.SENT).set("sentAt", now)
                        .unset("lastError").unset("claimedBy").unset("claimedUntil"));
            } else {
                marks.remove(claimed(entry));
            }
        }
        marks.execute();
        if (failing) {
            failing = false;
            log.info("Kafka reachable again, outbox relay resumed with event {}", delivered.get(0).id());
        }
        log.debug("Sent {} events, the last {} {} to {}", delivered.size(), delivered.get(delivered.size() - 1).type(),
                delivered.get(delivered.size() - 1).id(), delivered.get(delivered.size() - 1).topic());
    }

    private Outcome recordFailure(OutboxEntry entry, Throwable cause) {
        String error = describe(cause);
        if (!retriable(cause) && entry.attempts() >= properties.maxAttempts()) {
            mongo.updateFirst(claimed(entry),
                    new Update().set("status", OutboxEntry.Status.PARKED).set("parkedAt", Instant.now())
                            .set("lastError", error).unset("claimedBy").unset("claimedUntil"),
                    OutboxEntry.class);
            if (meters != null) {
                Counter.builder(PARKED_METRIC).description("Outbox entries given up on after max-attempts")
                        .tag("type", entry.type()).register(meters).increment();
            }
            log.error("Outbox entry {} ({} to {}) parked after {} attempts: {}", entry.id(), entry.type(),
                    entry.topic(), entry.attempts(), error);
            return Outcome.PARKED;
        }
        mongo.updateFirst(claimed(entry),
                new Update().set("lastError", error).unset("claimedBy").unset("claimedUntil"), OutboxEntry.class);
        searchNeeded = true;
        if (!failing) {
            failing = true;
            log.warn("Outbox relay cannot send event {} to {} (attempt {}: {}); it stays pending and is retried "
                    + "every {}", entry.id(), entry.topic(), entry.attempts(), error, properties.pollInterval());
        } else {
            log.debug("Outbox relay still failing for event {}: {}", entry.id(), error);
        }
        return Outcome.FAILED;
    }

    /** Whether waiting can fix the failure: the broker is down, slow or moving a partition. */
    static boolean retriable(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetriableException || t instanceof java.util.concurrent.TimeoutException
                    || t instanceof InterruptedException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String error = root.getClass().getSimpleName() + ": " + root.getMessage();
        return error.length() > 1000 ? error.substring(0, 1000) : error;
    }

    /**
     * Releases entries staged longer than {@code staged-timeout}: their service died between the entry and the
     * state write (or could not release them), and publishing beats losing the event.
     *
     * @return how many were released
     */
    public long releaseAbandonedStaged() {
        Instant before = Instant.now().minus(properties.stagedTimeout());
        long released = mongo.updateMulti(
                query(where("status").is(OutboxEntry.Status.STAGED).and("createdAt").lt(before)),
                new Update().set("status", OutboxEntry.Status.PENDING), OutboxEntry.class).getModifiedCount();
        if (released > 0) {
            log.warn("Released {} outbox entries staged for longer than {}", released, properties.stagedTimeout());
        }
        return released;
    }

    /** Sent entries are only kept for inspection; without this the pending query would scan them forever. */
    void purgeSent() {
        Instant before = Instant.now().minus(properties.sentRetention());
        mongo.remove(query(where("status").is(OutboxEntry.Status.SENT).and("sentAt").lt(before)), OutboxEntry.class);
    }

    private void relayQuietly() {
        try {
            // It leaves searchNeeded alone: the request set at start stands until a nudged round searched, so an
            // entry left pending from before (written before the nudged one, maybe after this poll looked) still
            // goes first. Clearing it here let the first nudged entry overtake such an entry (OutboxIT, in CI).
            relayPending();
        } catch (RuntimeException e) {
            // Mongo itself unreachable: nothing is lost, the next poll tries again.
            log.warn("Outbox relay round failed: {}", e.toString());
        }
    }

    private void relayNudgedQuietly() {
        try {
            relayPublished();
        } catch (RuntimeException e) {
            searchNeeded = true;
            log.warn("Outbox relay round failed: {}", e.toString());
        }
    }

    private void purgeQuietly() {
        try {
            releaseAbandonedStaged();
            purgeSent();
        } catch (RuntimeException e) {
            log.warn("Outbox purge failed, retried in {}: {}", PURGE_INTERVAL, e.toString());
        }
    }

    @Override
    public void start() {
        ensureIndexes();
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-relay");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(1, properties.pollInterval().toMillis());
        started.scheduleWithFixedDelay(this::relayQuietly, 0, interval, TimeUnit.MILLISECONDS);
        long housekeeping = Math.min(PURGE_INTERVAL.toMillis(), Math.max(1, properties.stagedTimeout().toMillis()));
        started.scheduleWithFixedDelay(this::purgeQuietly, housekeeping, housekeeping, TimeUnit.MILLISECONDS);
        executor = started;
    }

    private void ensureIndexes() {
        ensureIndex(new Index().on("status", Sort.Direction.ASC).on("sequence", Sort.Direction.ASC)
                .named("outbox_pending"));
        // Unique already through _id; declared so the embedded store looks the per-entry queries up (class
        // comment). A real MongoDB pays one more index entry per write for it.
        ensureIndex(new Index().on("_id", Sort.Direction.ASC).on("status", Sort.Direction.ASC)
                .on("attempts", Sort.Direction.ASC).unique().named("outbox_claim"));
    }

    private void ensureIndex(Index index) {
        try {
            mongo.indexOps(OutboxEntry.class).createIndex(index);
        } catch (RuntimeException e) {
            log.debug("Outbox index not created: {}", e.toString());
        }
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdown();
            try {
                // An interrupted send leaves its entry pending, so a short grace loses nothing.
                if (!running.awaitTermination(2, TimeUnit.SECONDS)) {
                    running.shutdownNow();
                }
            } catch (InterruptedException e) {
                running.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isAutoStartup() {
        return properties.relayEnabled();
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Stops before the Kafka producer and the Mongo client are closed (they stop in the default phase). */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
