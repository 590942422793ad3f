package org.alumniportal.platform.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.alumniportal.platform.test.PortalInfrastructure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;

/** Two instances of a service relay the same outbox collection: each entry leaves once, a dead relay's claim lapses. */
class OutboxClaimIT {

    private final MongoClient client = MongoClients.create(PortalInfrastructure.shared().mongoUri());
    private final MongoTemplate mongo = new MongoTemplate(client,
            "outbox_claim_" + UUID.randomUUID().toString().replace("-", ""));
    private final Map<String, AtomicInteger> sends = new ConcurrentHashMap<>();
    private final ExecutorService broker = Executors.newFixedThreadPool(4);

    @AfterEach
    void close() {
        broker.shutdownNow();
        client.close();
    }

    /** A broker that acknowledges each record a moment later, counting what it received per entry id. */
    @SuppressWarnings("unchecked")
    private KafkaTemplate<String, String> countingKafka() {
        KafkaTemplate<String, String> kafka = mock(KafkaTemplate.class);
        when(kafka.send(anyString(), anyString(), anyString())).thenAnswer(call -> {
            String payload = call.getArgument(2);
            sends.computeIfAbsent(payload, k -> new AtomicInteger()).incrementAndGet();
            CompletableFuture<SendResult<String, String>> ack = new CompletableFuture<>();
            broker.execute(() -> {
                sleepQuietly(2);
                ack.complete(null);
            });
            return ack;
        });
        return kafka;
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private OutboxRelay relay(KafkaTemplate<String, String> kafka) {
        return new OutboxRelay(mongo, kafka, new OutboxProperties(true, Duration.ofMillis(100),
                Duration.ofSeconds(5), 20, Duration.ofHours(1), 5, Duration.ofSeconds(30)));
    }

    private OutboxEntry pending(long sequence, String claimedBy, Instant claimedUntil) {
        String id = UUID.randomUUID().toString();
        // The payload is the id, so the counting broker can tell entries apart.
        return new OutboxEntry(id, "portal.user", "user-" + (sequence % 7), "user.registered.v1", id,
                OutboxEntry.Status.PENDING, sequence, Instant.now(), null, 0, null, claimedBy, claimedUntil, null);
    }

    private long pendingCount() {
        return mongo.count(query(where("status").is(OutboxEntry.Status.PENDING)), OutboxEntry.class);
    }

    @Test
    void twoRelaysOnOneOutboxSendEveryEntryExactlyOnce() throws Exception {
        List<OutboxEntry> entries = IntStream.range(0, 150).mapToObj(i -> pending(i, null, null)).toList();
        mongo.insertAll(entries);
        KafkaTemplate<String, String> kafka = countingKafka();
        List<OutboxRelay> relays = List.of(relay(kafka), relay(kafka));

        ExecutorService instances = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> sentBy = relays.stream().map(relay -> instances.submit(() -> {
                start.await();
                int sent = 0;
                long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
                while (pendingCount() > 0 && System.nanoTime() < deadline) {
                    sent += relay.relayPending();
                }
                return sent;
            })).toList();
            start.countDown();
            int total = 0;
            for (Future<Integer> sent : sentBy) {
                total += sent.get(90, TimeUnit.SECONDS);
            }
            assertThat(total).isEqualTo(entries.size());
        } finally {
            instances.shutdownNow();
        }

        assertThat(sends).hasSize(entries.size());
        assertThat(sends.values()).as("sends per entry").allSatisfy(count -> assertThat(count.get()).isEqualTo(1));
        assertThat(mongo.findAll(OutboxEntry.class)).allSatisfy(entry -> {
            assertThat(entry.status()).isEqualTo(OutboxEntry.Status.SENT);
            assertThat(entry.attempts()).isEqualTo(1);
            assertThat(entry.claimedBy()).isNull();
        });
    }

    @Test
    void aLiveClaimOfAnotherRelayIsLeftAloneAndALapsedOneIsTakenOver() {
        OutboxEntry heldByLiveRelay = pending(1, "live-relay", Instant.now().plusSeconds(60));
        mongo.insert(heldByLiveRelay);
        OutboxRelay relay = relay(countingKafka());

        assertThat(relay.relayPending()).isZero();
        assertThat(sends).isEmpty();

        mongo.updateFirst(query(where("_id").is(heldByLiveRelay.id())),
                new org.springframework.data.mongodb.core.query.Update()
                        .set("claimedBy", "dead-relay").set("claimedUntil", Instant.now().minusSeconds(1)),
                OutboxEntry.class);

        assertThat(relay.relayPending()).isEqualTo(1);
        assertThat(sends.get(heldByLiveRelay.id())).hasValue(1);
        assertThat(mongo.findById(heldByLiveRelay.id(), OutboxEntry.class).status()).isEqualTo(OutboxEntry.Status.SENT);
    }

    @Test
    void nudgedEntriesAreSentByIdAndAfterAFailedSendTheOldestPendingOneStillGoesFirst() {
        List<String> sent = new CopyOnWriteArrayList<>();
        AtomicBoolean brokerDown = new AtomicBoolean(true);
        @SuppressWarnings("unchecked")
        KafkaTemplate<String, String> kafka = mock(KafkaTemplate.class);
        when(kafka.send(anyString(), anyString(), anyString())).thenAnswer(call -> {
            sent.add(call.getArgument(2));
            return brokerDown.get()
                    ? CompletableFuture.failedFuture(new org.apache.kafka.common.errors.TimeoutException("down"))
                    : CompletableFuture.completedFuture(null);
        });
        // Only nudges drive it: the poll runs once at start, then not within the test.
        OutboxRelay relay = new OutboxRelay(mongo, kafka, new OutboxProperties(true, Duration.ofHours(1),
                Duration.ofSeconds(5), 20, Duration.ofHours(1), 5, Duration.ofSeconds(30)));
        relay.start();
        try {
            OutboxEntry first = pending(1, null, null);
            mongo.insert(first);
            relay.nudge(List.of(first.id()));
            await().atMost(Duration.ofSeconds(20)).until(() -> sent.contains(first.id()));

            brokerDown.set(false);
            OutboxEntry second = pending(2, null, null);
            mongo.insert(second);
            relay.nudge(List.of(second.id()));
            await().atMost(Duration.ofSeconds(20)).until(() -> sent.contains(second.id()));

            // Sent by its id: an older pending entry that no nudge named is left to the next poll's search.
            OutboxEntry unnamed = pending(0, null, null);
            OutboxEntry third = pending(3, null, null);
            mongo.insert(unnamed);
            mongo.insert(third);
            relay.nudge(List.of(third.id()));
            await().atMost(Duration.ofSeconds(20)).until(() -> sent.contains(third.id()));

            // the poll at start may have tried the first entry too while the broker was down
            assertThat(sent.stream().distinct()).containsExactly(first.id(), second.id(), third.id());
            assertThat(sent.lastIndexOf(first.id())).isLessThan(sent.indexOf(second.id()));
            assertThat(sent.stream().filter(first.id()::equals).count()).isGreaterThanOrEqualTo(2);
            assertThat(sent.stream().filter(id -> !id.equals(first.id()))).containsExactly(second.id(), third.id());
            assertThat(List.of(first, second, third)).allSatisfy(entry -> assertThat(
                    mongo.findById(entry.id(), OutboxEntry.class).status()).isEqualTo(OutboxEntry.Status.SENT));
            assertThat(mongo.findById(unnamed.id(), OutboxEntry.class).status()).isEqualTo(OutboxEntry.Status.PENDING);
        } finally {
            relay.stop();
        }
    }

    @Test
    void entriesHandedOverByThePublisherLeaveInBatchesInOrderAndWithoutRetentionAreDeletedOnceAcknowledged() {
        List<String> sent = new CopyOnWriteArrayList<>();
        AtomicInteger flushes = new AtomicInteger();
        @SuppressWarnings("unchecked")
        KafkaTemplate<String, String> kafka = mock(KafkaTemplate.class);
        when(kafka.send(anyString(), anyString(), anyString())).thenAnswer(call -> {
            sent.add(call.getArgument(2));
            return CompletableFuture.completedFuture(null);
        });
        org.mockito.Mockito.doAnswer(call -> flushes.incrementAndGet()).when(kafka).flush();
        OutboxRelay relay = new OutboxRelay(mongo, kafka, new OutboxProperties(true, Duration.ofHours(1),
                Duration.ofSeconds(5), 20, Duration.ZERO, 5, Duration.ofSeconds(30)));
        relay.start();
        try {
            // the poll's first round at start finds nothing yet
            await().atMost(Duration.ofSeconds(10)).until(() -> flushes.get() == 0 && relay.isRunning());
            // The first nudged round after start searches (entries left pending from before go first, one at a
            // time); taken here, on an empty outbox, so that what follows is the handed-over path.
            assertThat(relay.relayPublished()).isZero();
            List<OutboxEntry> entries = IntStream.range(0, 100).mapToObj(i -> pending(i, null, null)).toList();
            mongo.insertAll(entries);
            relay.nudgeWritten(entries);
            await().atMost(Duration.ofSeconds(20)).until(() -> sent.size() >= entries.size());

            assertThat(sent).containsExactlyElementsOf(entries.stream().map(OutboxEntry::id).toList());
            // one flush per batch of at most 20, not one per entry
            assertThat(flushes.get()).isBetween(5, 20);
            await().atMost(Duration.ofSeconds(10)).until(() -> mongo.count(new org.springframework.data.mongodb.core
                    .query.Query(), OutboxEntry.class) == 0);
        } finally {
            relay.stop();
        }
    }

    @Test
    void anEntryLeftPendingBeforeTheFirstNudgeGoesBeforeTheNudgedOneEvenWhenThePollAtStartMissedIt() {
        List<String> sent = new CopyOnWriteArrayList<>();
        @SuppressWarnings("unchecked")
        KafkaTemplate<String, String> kafka = mock(KafkaTemplate.class);
        when(kafka.send(anyString(), anyString(), anyString())).thenAnswer(call -> {
            sent.add(call.getArgument(2));
            return CompletableFuture.completedFuture(null);
        });
        OutboxRelay relay = new OutboxRelay(mongo, kafka, new OutboxProperties(true, Duration.ofHours(1),
                Duration.ofSeconds(5), 20, Duration.ZERO, 5, Duration.ofSeconds(30)));
        OutboxEntry first = pending(1, null, null);
        mongo.insert(first);
        relay.start();
        try {
            // the poll at start has run (it sent the one entry there was), and the next poll is an hour away
            await().atMost(Duration.ofSeconds(10)).until(() -> sent.equals(List.of(first.id())));
            OutboxEntry leftOver = pending(7, null, null);
            mongo.insert(leftOver);
            OutboxEntry nudged = pending(14, null, null);
            mongo.insert(nudged);
            relay.nudgeWritten(List.of(nudged));

            await().atMost(Duration.ofSeconds(10)).until(() -> sent.size() >= 3);
            assertThat(sent).as("one aggregate (user-0), in its order").containsExactly(first.id(), leftOver.id(),
                    nudged.id());
        } finally {
            relay.stop();
        }
    }
}
