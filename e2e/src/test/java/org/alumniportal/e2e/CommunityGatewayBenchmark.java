package org.alumniportal.e2e;

import static org.alumniportal.e2e.BenchmarkOutput.loadAverage;
import static org.alumniportal.e2e.BenchmarkOutput.merged;
import static org.alumniportal.e2e.BenchmarkOutput.percentile;
import static org.alumniportal.e2e.BenchmarkOutput.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * The forum list and the event list on the real local stack, through the gateway and straight at community-service,
 * in one run ({@code ./mvnw -o -B -pl e2e verify -Pbenchmark -Dit.test=CommunityGatewayBenchmark}). 50,000 posts and
 * 5,000 events are cloned from a post and an event created through the API into community-service's own store,
 * stamped with their insert time so the service's periodic index sync picks them up (as it picks up another
 * replica's writes); then 50 concurrent clients (one keep-alive connection each, Keycloak tokens of five real users)
 * list with varied filters, each client every 250 ms (200 requests/s offered), rounds at the service and through the
 * gateway alternating so both see the same machine. Prints p50/p95/p99/max per list and target, also to
 * {@code target/benchmark-results.txt}. Target: p95 ≤ 50 ms at 200 requests/s.
 */
class CommunityGatewayBenchmark {

    private static final int POSTS = Integer.getInteger("benchmark.posts", 50_000);
    private static final int EVENTS = Integer.getInteger("benchmark.events", 5_000);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 50);
    private static final int PACE_MS = Integer.getInteger("benchmark.paceMs", 250);
    private static final int PACED_PER_CLIENT = Integer.getInteger("benchmark.paced", 60);
    private static final int WARMUP_PER_CLIENT = Integer.getInteger("benchmark.warmup", 40);
    private static final int USERS = 5;
    private static final double P95_TARGET_MS = 50;
    private static final List<String> TAGS = List.of("career", "java", "alumni", "startups", "jobs", "ai",
            "mentoring", "events", "higher-studies", "design");
    private static final String[] TYPES = {"NETWORKING", "WORKSHOP", "WEBINAR", "REUNION", "MEETUP"};

    private static PortalStack stack;
    private static Http gateway;
    private static final List<Accounts.User> users = new ArrayList<>();

    @BeforeAll
    static void startTheSuite() {
        stack = new PortalStack(PortalStack.rootFromSystemProperty())
                // the JIT's full tiers, as in the images, not the local stack's start-up-friendly C1-only default
                .with("PORTAL_JAVA_OPTS", "-Xms64m -Xmx768m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m")
                // the embedded store keeps its documents on the heap
                .with("PORTAL_INFRA_JAVA_OPTS", "-Xms64m -Xmx1024m -XX:+UseSerialGC -XX:MaxMetaspaceSize=128m")
                // five users list thousands of times a minute on purpose
                .with("PORTAL_RATE_LIMIT_USER_PER_MINUTE", "100000000")
                .with("PORTAL_RATE_LIMIT_AUTH_PER_MINUTE", "1000")
                // on a loaded machine a service took longer than ./portal's default 240 s to come up
                .with("PORTAL_START_TIMEOUT", "600");
        stack.up();
        gateway = new Http(stack.gateway());
    }

    @AfterAll
    static void stopTheSuite() {
        if (stack != null && stack.down() == 0 && stack.processesWithDescendants().isEmpty()) {
            stack.deleteAllButLogs();
        }
    }

    @Test
    void forumAndEventListsThroughTheGatewayAndAtTheService() throws Exception {
        Accounts accounts = new Accounts(gateway, new Http(stack.mailApi()));
        Accounts.User organiser = accounts.registerVerified("ALUMNI", "Template Organiser");
        for (int i = 0; i < USERS; i++) {
            users.add(accounts.registerVerified("STUDENT", "Bench Student"));
        }
        String postId = created(gateway.post("/api/forum/posts", Map.of("title", "Template post", "content",
                "<p>Some thoughts</p>", "tags", List.of("career")), organiser.token()));
        String eventId = created(gateway.post("/api/events/create", templateEvent(), organiser.token()));

        long seeding = System.nanoTime();
        seed(postId, eventId);
        long seeded = System.nanoTime();
        String probe = users.get(0).token();
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(2)).until(() -> {
            Http.Response posts = gateway.get("/api/forum/posts?size=1", probe);
            Http.Response events = gateway.get("/api/events?size=1", probe);
            return posts.status() == 200 && posts.json().path("totalElements").asLong() > POSTS
                    && events.status() == 200 && events.json().path("totalElements").asLong() > EVENTS;
        });
        report(String.format(Locale.ROOT, "%n== CommunityGatewayBenchmark: %d posts and %d events seeded in %d s, "
                + "listed by community-service %d s later; %d clients, %d cores, load average %s ==", POSTS, EVENTS,
                (seeded - seeding) / 1_000_000_000L, (System.nanoTime() - seeded) / 1_000_000_000L, CLIENTS,
                Runtime.getRuntime().availableProcessors(), loadAverage()));

        String service = "http://127.0.0.1:" + stack.port("PORTAL_COMMUNITY_PORT");
        AtomicInteger errors = new AtomicInteger();
        for (String base : List.of(service, stack.gateway(), service, stack.gateway())) {
            drive(base, CommunityGatewayBenchmark::forumList, WARMUP_PER_CLIENT, PACE_MS, errors);
            drive(base, CommunityGatewayBenchmark::eventList, WARMUP_PER_CLIENT, PACE_MS, errors);
        }
        errors.set(0);

        report("-- paced, each client every " + PACE_MS + " ms (" + CLIENTS * 1000 / PACE_MS
                + " requests/s offered)");
        compare("GET /api/forum/posts (page 0, tag pages)", service, CommunityGatewayBenchmark::forumList, errors);
        compare("GET /api/events (upcoming, type and text)", service, CommunityGatewayBenchmark::eventList, errors);
        report("   errors " + errors.get() + "; load average at the end " + loadAverage());
        assertThat(errors.get()).as("list requests that did not answer 200").isZero();
    }

    /** Two rounds each at the service and through the gateway, alternating, so both see the same machine. */
    private static void compare(String name, String service, Function<Random, String> paths, AtomicInteger errors)
            throws Exception {
        List<long[]> atService = new ArrayList<>();
        List<long[]> viaGateway = new ArrayList<>();
        for (int round = 0; round < 2; round++) {
            atService.add(drive(service, paths, PACED_PER_CLIENT, PACE_MS, errors));
            viaGateway.add(drive(stack.gateway(), paths, PACED_PER_CLIENT, PACE_MS, errors));
        }
        long[] s = merged(atService);
        long[] g = merged(viaGateway);
        print(name + " at the service", s);
        print(name + " via gateway", g);
        report(String.format(Locale.ROOT, "   p95 <= %.0f ms: at the service %s, through the gateway %s",
                P95_TARGET_MS, percentile(s, 95) <= P95_TARGET_MS ? "MET" : "MISSED",
                percentile(g, 95) <= P95_TARGET_MS ? "MET" : "MISSED"));
    }

    /** Mostly the first page (what a visitor opens), else a tag's first pages. */
    private static String forumList(Random r) {
        return r.nextBoolean() ? "/api/forum/posts?page=0&size=20"
                : "/api/forum/posts?tag=" + TAGS.get(r.nextInt(TAGS.size())) + "&page=" + r.nextInt(4) + "&size=20";
    }

    /** Upcoming events, or a type with a word of the text. */
    private static String eventList(Random r) {
        return r.nextBoolean() ? "/api/events?when=upcoming&page=" + (r.nextInt(3) == 0 ? r.nextInt(5) : 0)
                : "/api/events?type=" + TYPES[r.nextInt(TYPES.length)] + "&q=" + TAGS.get(r.nextInt(TAGS.size()));
    }

    /** Clones the template post and event with generated ids, authors, tags, times and types. */
    private static void seed(String postId, String eventId) {
        Random r = new Random(42);
        Instant now = Instant.now();
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + stack.port("PORTAL_MONGO_PORT"))) {
            MongoCollection<Document> posts = client.getDatabase("community").getCollection("forum_posts");
            Document post = posts.find(new Document("_id", postId)).first();
            assertThat(post).as("the template post in community-service's store").isNotNull();
            List<Document> batch = new ArrayList<>(1_000);
            for (int i = 0; i < POSTS; i++) {
                Document p = new Document(post);
                p.put("_id", "bench-post-" + i);
                p.put("title", "Post " + i + " about " + TAGS.get(i % TAGS.size()));
                p.put("content", "<p>Some thoughts number " + i + "</p>");
                p.put("authorId", "bench-author-" + (i % 100));
                p.put("tags", List.of(TAGS.get(i % TAGS.size()), TAGS.get((i / 10) % TAGS.size())));
                p.put("likesCount", (long) r.nextInt(50));
                p.put("commentsCount", (long) r.nextInt(20));
                p.put("pinned", i < 3);
                p.put("createdAt", Date.from(now.minusSeconds(i * 60L)));
                batch.add(p);
                if (batch.size() == 1_000) {
                    insertStamped(posts, batch);
                }
            }
            if (!batch.isEmpty()) {
                insertStamped(posts, batch);
            }
            MongoCollection<Document> events = client.getDatabase("community").getCollection("events");
            Document event = events.find(new Document("_id", eventId)).first();
            assertThat(event).as("the template event in community-service's store").isNotNull();
            for (int i = 0; i < EVENTS; i++) {
                Instant start = now.plus(Duration.ofHours(30L + i));
                Document e = new Document(event);
                e.put("_id", "bench-event-" + i);
                e.put("title", "Event " + i);
                e.put("description", "About " + TAGS.get(i % TAGS.size()));
                e.put("eventType", TYPES[i % TYPES.length]);
                e.put("location", "Hall " + (i % 7));
                e.put("startDate", Date.from(start));
                e.put("endDate", Date.from(start.plus(Duration.ofHours(2))));
                e.put("registrationDeadline", Date.from(start));
                batch.add(e);
                if (batch.size() == 1_000) {
                    insertStamped(events, batch);
                }
            }
            if (!batch.isEmpty()) {
                insertStamped(events, batch);
            }
        }
    }

    /** Stamped at insert time, as a real write is: the service's index sync reads what changed since its last run. */
    private static void insertStamped(MongoCollection<Document> collection, List<Document> batch) {
        Date written = new Date();
        batch.forEach(d -> d.put("updatedAt", written));
        collection.insertMany(batch);
        batch.clear();
    }

    private static Map<String, Object> templateEvent() {
        Instant start = Instant.now().plus(Duration.ofDays(2)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Template event");
        body.put("description", "Drinks and talks");
        body.put("eventType", "NETWORKING");
        body.put("location", "Main Hall");
        body.put("isVirtual", false);
        body.put("startDate", start.toString());
        body.put("endDate", start.plus(Duration.ofHours(2)).toString());
        body.put("maxAttendees", 100);
        return body;
    }

    private static String created(Http.Response response) {
        assertThat(response.status()).as(response.describe()).isEqualTo(201);
        return response.json().path("id").asString();
    }

    /**
     * {@code CLIENTS} threads, one HTTP/1.1 connection and one user token each, each sending every {@code paceMs}
     * (clients staggered); latency counts from when the request was due, so a slow answer is not hidden by the
     * next one being late. Returns every latency, sorted.
     */
    private static long[] drive(String base, Function<Random, String> paths, int perClient, int paceMs,
            AtomicInteger errors) throws Exception {
        List<String> tokens = users.stream().map(Accounts.User::token).toList();
        long[][] latencies = new long[CLIENTS][perClient];
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                running.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    String bearer = "Bearer " + tokens.get(client % tokens.size());
                    Random random = new Random(client * 31L + perClient);
                    long pace = paceMs * 1_000_000L;
                    long first = System.nanoTime() + pace * client / CLIENTS;
                    for (int i = 0; i < perClient; i++) {
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + paths.apply(random)))
                                .header("Authorization", bearer).timeout(Duration.ofSeconds(30)).GET().build();
                        long due = first + i * pace;
                        long now = System.nanoTime();
                        if (due > now) {
                            try {
                                Thread.sleep((due - now) / 1_000_000, (int) ((due - now) % 1_000_000));
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                return;
                            }
                        }
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() != 200) {
                                errors.incrementAndGet();
                            }
                        } catch (IOException e) {
                            errors.incrementAndGet();
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        }
                        latencies[client][i] = System.nanoTime() - due;
                    }
                }));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
    }

    private static void print(String name, long[] sorted) {
        report(String.format(Locale.ROOT, "%-62s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms", name,
                sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6));
    }
}
