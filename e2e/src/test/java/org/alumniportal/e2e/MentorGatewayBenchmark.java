package org.alumniportal.e2e;

import static org.alumniportal.e2e.BenchmarkOutput.loadAverage;
import static org.alumniportal.e2e.BenchmarkOutput.merged;
import static org.alumniportal.e2e.BenchmarkOutput.percentile;
import static org.alumniportal.e2e.BenchmarkOutput.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

/**
 * The mentor list on the real local stack, through the gateway and straight at mentorship-service, in one run
 * (run with {@code ./mvnw -o -B -pl e2e verify -Pbenchmark -Dit.test=MentorGatewayBenchmark}). 10,000 mentors are
 * cloned from one registered through the API into mentorship-service's own store, the service is restarted so its
 * directory loads them, then 50 concurrent clients (one keep-alive connection each, Keycloak tokens of five real
 * users) list mentors with varied filters: back to back, then paced at 200 requests/s, rounds at the service and
 * through the gateway alternating. Prints p50/p95/p99/max and throughput, also to
 * {@code target/benchmark-results.txt}. Target: p95 ≤ 50 ms at 200 requests/s.
 */
class MentorGatewayBenchmark {

    private static final int MENTORS = Integer.getInteger("benchmark.mentors", 10_000);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 50);
    private static final int PER_CLIENT = Integer.getInteger("benchmark.requests", 100);
    private static final int PACE_MS = Integer.getInteger("benchmark.paceMs", 250);
    private static final int PACED_PER_CLIENT = Integer.getInteger("benchmark.paced", 60);
    private static final int WARMUP_PER_CLIENT = 60;
    private static final int USERS = 5;
    private static final double P95_TARGET_MS = 50;
    private static final String[] SKILLS = {"Java", "Spring Boot", "Kafka", "Python", "Go", "JavaScript",
            "TypeScript", "React", "Kubernetes", "Docker", "AWS", "PostgreSQL", "MongoDB", "Machine Learning",
            "Data Science", "C++", "Rust", "Kotlin", "GraphQL", "Terraform", "System Design", "Product Management",
            "UX Design", "Career Growth", "Interviewing", "Leadership", "Startups", "Finance", "Marketing", "Research"};

    private static PortalStack stack;
    private static Http gateway;
    private static final List<Accounts.User> users = new ArrayList<>();

    @BeforeAll
    static void startTheSuite() {
        stack = new PortalStack(PortalStack.rootFromSystemProperty())
                .with("PORTAL_JAVA_OPTS", "-Xms64m -Xmx768m -Xss512k -XX:+UseSerialGC -XX:MaxMetaspaceSize=192m")
                .with("PORTAL_RATE_LIMIT_USER_PER_MINUTE", "100000000")
                .with("PORTAL_RATE_LIMIT_AUTH_PER_MINUTE", "1000");
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
    void mentorListThroughTheGatewayAndAtTheService() throws Exception {
        Accounts accounts = new Accounts(gateway, new Http(stack.mailApi()));
        Accounts.User template = accounts.registerVerified("ALUMNI", "Template Mentor");
        for (int i = 0; i < USERS; i++) {
            users.add(accounts.registerVerified("STUDENT", "Bench Student"));
        }
        Http.Response registered = gateway.post("/api/mentors/register", Map.of("expertiseAreas",
                List.of("Java"), "maxMentees", 3, "bio", "Template"), template.token());
        assertThat(registered.status()).as(registered.describe()).isEqualTo(201);

        long seeding = System.nanoTime();
        seed(template.id());
        long seeded = System.nanoTime();
        restartMentorshipService();
        String probe = users.get(0).token();
        await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofSeconds(1)).until(() -> {
            Http.Response page = gateway.get("/api/mentors?size=1", probe);
            return page.status() == 200 && page.json().path("totalElements").asLong() > MENTORS;
        });
        report(String.format(Locale.ROOT, "%n== MentorGatewayBenchmark: %d mentors seeded in %d s, mentorship-service "
                + "restarted and loaded in %d s; %d clients, %d cores, load average %s ==", MENTORS,
                (seeded - seeding) / 1_000_000_000L, (System.nanoTime() - seeded) / 1_000_000_000L, CLIENTS,
                Runtime.getRuntime().availableProcessors(), loadAverage()));

        String service = "http://127.0.0.1:" + stack.port("PORTAL_MENTORSHIP_PORT");
        AtomicInteger errors = new AtomicInteger();
        drive(service, WARMUP_PER_CLIENT, 0, errors);
        drive(stack.gateway(), WARMUP_PER_CLIENT, 0, errors);
        drive(service, WARMUP_PER_CLIENT, 0, errors);
        drive(stack.gateway(), WARMUP_PER_CLIENT, 0, errors);
        errors.set(0);

        compare("saturation (no think time)", service, 0, PER_CLIENT, errors);
        compare("paced, each client every " + PACE_MS + " ms (" + CLIENTS * 1000 / PACE_MS + " requests/s offered)",
                service, PACE_MS, PACED_PER_CLIENT, errors);
        report("   errors " + errors.get() + "; load average at the end " + loadAverage());
        assertThat(errors.get()).as("failed list requests").isZero();
    }

    /** Two rounds each at the service and through the gateway, alternating, so both see the same machine. */
    private static void compare(String phase, String service, int paceMs, int perClient, AtomicInteger errors)
            throws Exception {
        report("-- " + phase);
        List<long[]> atService = new ArrayList<>();
        List<long[]> viaGateway = new ArrayList<>();
        double serviceSeconds = 0;
        double gatewaySeconds = 0;
        for (int round = 0; round < 2; round++) {
            long start = System.nanoTime();
            atService.add(drive(service, perClient, paceMs, errors));
            serviceSeconds += (System.nanoTime() - start) / 1e9;
            start = System.nanoTime();
            viaGateway.add(drive(stack.gateway(), perClient, paceMs, errors));
            gatewaySeconds += (System.nanoTime() - start) / 1e9;
        }
        long[] s = merged(atService);
        long[] g = merged(viaGateway);
        print("GET /api/mentors (filters) at the service", s, s.length / serviceSeconds);
        print("GET /api/mentors (filters) via gateway", g, g.length / gatewaySeconds);
        report(String.format(Locale.ROOT, "   p95 <= %.0f ms: at the service %s, through the gateway %s",
                P95_TARGET_MS, percentile(s, 95) <= P95_TARGET_MS ? "MET" : "MISSED",
                percentile(g, 95) <= P95_TARGET_MS ? "MET" : "MISSED"));
    }

    /** Clones the registered mentor's document with generated expertise, capacity and ratings. */
    private static void seed(String templateId) {
        Random r = new Random(42);
        try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + stack.port("PORTAL_MONGO_PORT"))) {
            MongoCollection<Document> mentors = client.getDatabase("mentorship").getCollection("mentors");
            Document template = mentors.find(new Document("_id", templateId)).first();
            assertThat(template).as("the registered mentor in mentorship-service's store").isNotNull();
            List<Document> batch = new ArrayList<>(1_000);
            for (int i = 0; i < MENTORS; i++) {
                int max = 1 + r.nextInt(10);
                int current = r.nextInt(max + 1);
                int ratings = r.nextInt(4) == 0 ? 0 : 1 + r.nextInt(30);
                Set<String> expertise = new LinkedHashSet<>();
                int count = 2 + r.nextInt(5);
                while (expertise.size() < count) {
                    expertise.add(SKILLS[r.nextInt(SKILLS.length)]);
                }
                Document m = new Document(template);
                m.put("_id", "bench-mentor-" + i);
                m.put("name", "Mentor " + i);
                m.put("expertiseAreas", new ArrayList<>(expertise));
                m.put("maxMentees", max);
                m.put("currentMentees", current);
                m.put("freePlaces", max - current);
                m.put("available", r.nextInt(5) != 0);
                m.put("ratingSum", (long) ratings * (2 + r.nextInt(4)));
                m.put("ratingCount", ratings);
                m.put("totalSessions", ratings + r.nextInt(5));
                m.put("registeredAt", Date.from(Instant.now().minus(Duration.ofDays(r.nextInt(700)))));
                batch.add(m);
                if (batch.size() == 1_000) {
                    mentors.insertMany(batch);
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                mentors.insertMany(batch);
            }
        }
    }

    /** Stops mentorship-service by the pid the stack recorded and starts it again: its directory loads all. */
    private static void restartMentorshipService() throws Exception {
        long pid = Long.parseLong(Files.readString(stack.dataDir().resolve("run/mentorship-service.pid")).trim());
        ProcessHandle process = ProcessHandle.of(pid).orElseThrow();
        List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
        all.add(process);
        all.forEach(ProcessHandle::destroy);
        for (ProcessHandle handle : all) {
            handle.onExit().get();
        }
        assertThat(stack.up("mentorship-service")).as("./portal up mentorship-service").isZero();
    }

    /**
     * {@code CLIENTS} threads, one HTTP/1.1 connection and one user token each; returns every latency. With
     * {@code paceMs > 0} each client sends every paceMs (clients staggered) and latency counts from when it was due.
     */
    private static long[] drive(String base, int perClient, int paceMs, AtomicInteger errors) throws Exception {
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
                        HttpRequest request = HttpRequest.newBuilder(URI.create(base + "/api/mentors?"
                                + filters(random))).header("Authorization", bearer)
                                .timeout(Duration.ofSeconds(30)).GET().build();
                        long start = System.nanoTime();
                        if (pace > 0) {
                            long due = first + i * pace;
                            if (due > start) {
                                try {
                                    Thread.sleep((due - start) / 1_000_000, (int) ((due - start) % 1_000_000));
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                    return;
                                }
                            }
                            start = due;
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
                        latencies[client][i] = System.nanoTime() - start;
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

    /** The same mix as the service's own MentorListBenchmark: filters alone and combined, mostly first pages. */
    private static String filters(Random r) {
        String skill = URLEncoder.encode(SKILLS[r.nextInt(SKILLS.length)], StandardCharsets.UTF_8);
        String filter = switch (r.nextInt(6)) {
            case 0 -> "";
            case 1 -> "expertise=" + skill + "&";
            case 2 -> "minRating=" + (3 + r.nextInt(3)) + "&";
            case 3 -> "available=true&";
            case 4 -> "expertise=" + skill + "&available=true&minRating=3&";
            default -> "expertise=" + skill + "," + URLEncoder.encode(SKILLS[r.nextInt(SKILLS.length)],
                    StandardCharsets.UTF_8) + "&";
        };
        return filter + "page=" + (r.nextInt(3) == 0 ? r.nextInt(10) : 0) + "&size=20";
    }

    private static void print(String name, long[] sorted, double throughput) {
        report(String.format(Locale.ROOT, "%-56s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms  "
                + "throughput=%.0f req/s", name, sorted.length, percentile(sorted, 50), percentile(sorted, 95),
                percentile(sorted, 99), sorted[sorted.length - 1] / 1e6, throughput));
    }
}
