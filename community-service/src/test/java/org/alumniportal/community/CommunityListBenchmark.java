package org.alumniportal.community;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.alumniportal.platform.test.Api;
import org.alumniportal.community.testing.CommunityIntegrationTest;
import org.alumniportal.community.testing.StoreCommands;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Forum list and event list latency at the service with 50,000 posts and 5,000 events, offered at a fixed 200
 * requests per second (an open model: a slow answer does not slow the offered load down). Seeds the store directly,
 * lets the list indexes pick the documents up through their periodic sync, then prints p50/p95/p99 per list.
 * Run with {@code ./mvnw -o -B -pl community-service verify -Pbenchmark}; never part of a default build.
 */
@TestPropertySource(properties = "portal.community.index-sync=PT2S")
@Import(StoreCommands.class)
class CommunityListBenchmark extends CommunityIntegrationTest {

    private static final int POSTS = 50_000;
    private static final int EVENTS = 5_000;
    private static final int RATE = 200;
    // -Dbenchmark.seconds shortens a run (profiling); the lead's figures use the default
    private static final Duration RUN = Duration.ofSeconds(Long.getLong("benchmark.seconds", 20));
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final List<String> TAGS = List.of("career", "java", "alumni", "startups", "jobs", "ai", "mentoring",
            "events", "higher-studies", "design");

    @Autowired
    MongoTemplate mongo;

    @Autowired
    StoreCommands storeCommands;

    @Test
    void listsAtTheService() throws Exception {
        String run = "bench" + UUID.randomUUID().toString().substring(0, 8);
        seed(run);
        String reader = bearer("bench-reader", "STUDENT");
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).until(() ->
                api.get("/api/forum/posts?author=" + run + "-author-0", reader).json().path("totalElements").asLong()
                        == POSTS / 100
                        && api.get("/api/events?q=" + run, reader).json().path("totalElements").asLong() == EVENTS);

        measure("forum list, page 0", reader, i -> "/api/forum/posts");
        measure("forum list by tag, page 3", reader, i -> "/api/forum/posts?tag=" + TAGS.get(i % TAGS.size())
                + "&page=3");
        measure("event list, upcoming", reader, i -> "/api/events");
        measure("event list by type and text", reader, i -> "/api/events?type=WORKSHOP&q=" + run);
    }

    private void seed(String run) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        List<Document> posts = new ArrayList<>();
        for (int i = 0; i < POSTS; i++) {
            Instant at = now.minusSeconds(i * 60L);
            posts.add(new Document("_id", run + "-post-" + i).append("title", "Post " + i + " " + run)
                    .append("content", "<p>Some thoughts number " + i + "</p>").append("authorId", run + "-author-" + (i % 100))
                    .append("tags", List.of(TAGS.get(i % TAGS.size()), TAGS.get((i / 10) % TAGS.size())))
                    .append("likesCount", 0L).append("commentsCount", 0L).append("pinned", i < 3)
                    .append("removed", false).append("createdAt", java.util.Date.from(at))
                    .append("updatedAt", java.util.Date.from(now)));
            if (posts.size() == 5_000) {
                // stamped at insert time, as a real write is: the indexes' periodic sync reads by updatedAt
                Instant written = clock.instant();
                posts.forEach(p -> p.put("updatedAt", java.util.Date.from(written)));
                mongo.getCollection("forum_posts").insertMany(posts);
                posts.clear();
            }
        }
        List<Document> events = new ArrayList<>();
        String[] types = {"NETWORKING", "WORKSHOP", "WEBINAR", "REUNION", "MEETUP"};
        for (int i = 0; i < EVENTS; i++) {
            Instant start = now.plus(Duration.ofHours(6L + i));
            events.add(new Document("_id", run + "-event-" + i).append("title", "Event " + i + " " + run)
                    .append("description", "About " + TAGS.get(i % TAGS.size())).append("eventType", types[i % 5])
                    .append("location", "Hall " + (i % 7)).append("virtual", false)
                    .append("startDate", java.util.Date.from(start))
                    .append("endDate", java.util.Date.from(start.plus(Duration.ofHours(2))))
                    .append("registrationDeadline", java.util.Date.from(start)).append("maxAttendees", 100)
                    .append("createdBy", run + "-creator").append("status", "SCHEDULED").append("attendingCount", 0L)
                    .append("waitlistCount", 0L).append("waitlistSequence", 0L).append("removed", false)
                    .append("createdAt", java.util.Date.from(now)).append("updatedAt", java.util.Date.from(now)));
        }
        Instant written = clock.instant();
        events.forEach(e -> e.put("updatedAt", java.util.Date.from(written)));
        mongo.getCollection("events").insertMany(events);
        System.out.printf("[benchmark] seeded %,d posts and %,d events in %d ms%n", POSTS, EVENTS,
                (System.nanoTime() - started) / 1_000_000);
    }

    private void measure(String name, String bearer, java.util.function.IntFunction<String> path) throws Exception {
        fire(bearer, path, WARM_UP, null);
        ConcurrentLinkedQueue<Long> micros = new ConcurrentLinkedQueue<>();
        storeCommands.drain();
        long cpuBefore = processCpuNanos();
        AtomicInteger failures = fire(bearer, path, RUN, micros);
        long cpu = processCpuNanos() - cpuBefore;
        long[] sorted = micros.stream().mapToLong(Long::longValue).sorted().toArray();
        // CPU per request (service, embedded store and client share this JVM) compares runs on a loaded machine,
        // where the latencies alone mostly measure the neighbours
        System.out.printf("[benchmark] %-28s %,d requests at %d/s: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, "
                + "max %.1f ms, %d failed, %.2f ms CPU per request%n", name, sorted.length, RATE, pct(sorted, 50),
                pct(sorted, 95), pct(sorted, 99), sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1000.0,
                failures.get(), sorted.length == 0 ? 0 : cpu / 1e6 / sorted.length);
        int requests = Math.max(1, sorted.length);
        storeCommands.drain().forEach((kind, count) -> System.out.printf("[benchmark]     store: %-44s %8.2f per request%n",
                kind, count / (double) requests));
        assertThat(failures.get()).as("requests that did not answer 200").isZero();
    }

    private AtomicInteger fire(String bearer, java.util.function.IntFunction<String> path, Duration duration,
            ConcurrentLinkedQueue<Long> micros) throws InterruptedException {
        int total = (int) (RATE * duration.toSeconds());
        AtomicInteger failures = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(total);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ExecutorService workers = Executors.newFixedThreadPool(64);
        AtomicInteger sent = new AtomicInteger();
        ticker.scheduleAtFixedRate(() -> {
            int i = sent.getAndIncrement();
            if (i >= total) {
                return;
            }
            workers.submit(() -> {
                long start = System.nanoTime();
                try {
                    Api.Response response = api.get(path.apply(i), bearer);
                    if (response.status() != 200) {
                        failures.incrementAndGet();
                    }
                } catch (RuntimeException e) {
                    failures.incrementAndGet();
                } finally {
                    if (micros != null) {
                        micros.add((System.nanoTime() - start) / 1000);
                    }
                    done.countDown();
                }
            });
        }, 0, 1_000_000 / RATE, TimeUnit.MICROSECONDS);
        done.await(duration.toSeconds() + 120, TimeUnit.SECONDS);
        ticker.shutdownNow();
        workers.shutdownNow();
        return failures;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static double pct(long[] sorted, int percentile) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1000.0;
    }
}
