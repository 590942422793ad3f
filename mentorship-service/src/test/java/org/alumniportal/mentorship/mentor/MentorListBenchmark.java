package org.alumniportal.mentorship.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.alumniportal.mentorship.testing.MentorshipIntegrationTest;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The mentor list under load (run with {@code -Pbenchmark}): 10,000 generated mentors in the store, the
 * start-up load of the in-memory directory, then 50 concurrent HTTP clients on {@code GET /api/mentors} with
 * varied filters (expertise, minRating, available) and pages: back to back (saturation), then paced at
 * 200 requests/s in total. Prints p50/p95/p99/max and throughput (also to {@code target/benchmark-results.txt}).
 * Target: p95 ≤ 50 ms at 200 req/s. Client and service share this JVM and the machine's cores.
 */
class MentorListBenchmark extends MentorshipIntegrationTest {

    private static final int MENTORS = Integer.getInteger("benchmark.mentors", 10_000);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 50);
    private static final int REQUESTS_PER_CLIENT = Integer.getInteger("benchmark.requests", 200);
    private static final int WARMUP_PER_CLIENT = 40;
    private static final int PACE_MS = Integer.getInteger("benchmark.paceMs", 250);
    private static final int PACED_PER_CLIENT = Integer.getInteger("benchmark.paced", 80);
    private static final double P95_TARGET_MS = 50;
    private static final String[] SKILLS = {"Java", "Spring Boot", "Kafka", "Python", "Go", "JavaScript",
            "TypeScript", "React", "Kubernetes", "Docker", "AWS", "PostgreSQL", "MongoDB", "Machine Learning",
            "Data Science", "C++", "Rust", "Kotlin", "GraphQL", "Terraform", "System Design", "Product Management",
            "UX Design", "Career Growth", "Interviewing", "Leadership", "Startups", "Finance", "Marketing", "Research"};

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MentorDirectory directory;

    @Test
    void mentorListLatencyWithTenThousandMentors() throws Exception {
        long seeding = System.nanoTime();
        seedMentors();
        long seeded = System.nanoTime();
        directory.rebuild();
        long loaded = System.nanoTime();
        report(String.format(Locale.ROOT, "%n== MentorListBenchmark: %d mentors inserted in %d ms, directory loaded in "
                + "%d ms, %d concurrent clients ==", MENTORS, ms(seeded - seeding), ms(loaded - seeded), CLIENTS));
        assertThat(api.get("/api/mentors?size=1", bearer("bench-check", "STUDENT")).json().path("totalElements")
                .asLong()).isGreaterThanOrEqualTo(MENTORS);
        report("   load average before: " + loadAverage());

        Result saturated = run("GET /api/mentors (filters, paging)", REQUESTS_PER_CLIENT, 0);
        report(String.format(Locale.ROOT, "   p95 <= %.0f ms at saturation (no think time): %s", P95_TARGET_MS,
                saturated.p95() <= P95_TARGET_MS ? "MET" : "MISSED"));
        Result paced = run("GET /api/mentors paced " + PACE_MS + " ms", PACED_PER_CLIENT, PACE_MS * 1_000_000L);
        report(String.format(Locale.ROOT, "   p95 <= %.0f ms with %d clients at %d requests/s: %s", P95_TARGET_MS,
                CLIENTS, CLIENTS * 1000 / PACE_MS, paced.p95() <= P95_TARGET_MS ? "MET" : "MISSED"));
        directoryAlone();
        report("   load average at the end: " + loadAverage());

        assertThat(saturated.errors() + paced.errors()).as("failed list requests").isZero();
    }

    /** {@link MentorDirectory#search} in-process on one thread: the list's own cost without HTTP and JSON. */
    private void directoryAlone() {
        Random random = new Random(99);
        for (int i = 0; i < 1_000; i++) {
            directory.search(filter(random), 0, 20);
        }
        long[] nanos = new long[5_000];
        for (int i = 0; i < nanos.length; i++) {
            MentorFilter filter = filter(random);
            long start = System.nanoTime();
            directory.search(filter, random.nextInt(3), 20);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        report(String.format(Locale.ROOT, "%-52s n=%d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms",
                "MentorDirectory.search in-process [1 thread]", nanos.length, percentile(nanos, 50),
                percentile(nanos, 95), percentile(nanos, 99)));
    }

    private void seedMentors() {
        Random random = new Random(42);
        Instant now = Instant.now();
        List<Mentor> batch = new ArrayList<>(1_000);
        for (int i = 0; i < MENTORS; i++) {
            int max = 1 + random.nextInt(10);
            int current = random.nextInt(max + 1);
            int ratings = random.nextInt(4) == 0 ? 0 : 1 + random.nextInt(30);
            long ratingSum = ratings == 0 ? 0 : (long) ratings * (2 + random.nextInt(4));
            batch.add(new Mentor("bench-mentor-" + i, "Mentor " + i, pick(random, 2 + random.nextInt(5)),
                    "Bio of mentor " + i, max, current, max - current, random.nextInt(5) != 0,
                    List.of(new AvailabilitySlot(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.of(18, 0),
                            LocalTime.of(20, 0))), ratingSum, ratings, ratings + random.nextInt(5), true,
                    now.minus(Duration.ofDays(random.nextInt(700))), 1, Instant.EPOCH));
            if (batch.size() == 1_000) {
                mongo.insert(batch, Mentor.class);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.insert(batch, Mentor.class);
        }
    }

    /** Filters alone and combined; the same as query parameters in {@link #query}. */
    private static MentorFilter filter(Random random) {
        Set<String> expertise = Set.of();
        Double minRating = null;
        Boolean available = null;
        switch (random.nextInt(6)) {
            case 0 -> { }
            case 1 -> expertise = Set.of(SKILLS[random.nextInt(SKILLS.length)].toLowerCase(Locale.ROOT));
            case 2 -> minRating = 3.0 + random.nextInt(3);
            case 3 -> available = true;
            case 4 -> {
                expertise = Set.of(SKILLS[random.nextInt(SKILLS.length)].toLowerCase(Locale.ROOT));
                available = true;
                minRating = 3.0;
            }
            default -> {
                Set<String> two = new LinkedHashSet<>();
                two.add(SKILLS[random.nextInt(SKILLS.length)].toLowerCase(Locale.ROOT));
                two.add(SKILLS[random.nextInt(SKILLS.length)].toLowerCase(Locale.ROOT));
                expertise = two;
            }
        }
        return new MentorFilter(expertise, minRating, available);
    }

    private static String query(MentorFilter filter, int page, int size) {
        List<String> params = new ArrayList<>();
        if (!filter.expertiseKeys().isEmpty()) {
            params.add("expertise=" + URLEncoder.encode(String.join(",", filter.expertiseKeys()),
                    StandardCharsets.UTF_8));
        }
        if (filter.minRating() != null) {
            params.add("minRating=" + filter.minRating());
        }
        if (filter.available() != null) {
            params.add("available=" + filter.available());
        }
        params.add("page=" + page);
        params.add("size=" + size);
        return String.join("&", params);
    }

    record Result(double p95, int errors) {
    }

    /** Each client: its own HttpClient (keep-alive connection) and user; warm-up requests are not measured. */
    private Result run(String name, int perClient, long paceNanos) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        long[][] latencies = new long[CLIENTS][];
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<?>> warmup = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                warmup.add(pool.submit(() -> drive(client, WARMUP_PER_CLIENT, 0, errors, new long[WARMUP_PER_CLIENT])));
            }
            for (Future<?> f : warmup) {
                f.get();
            }
            errors.set(0);
            List<Future<?>> measured = new ArrayList<>();
            long started = System.nanoTime();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                latencies[client] = new long[perClient];
                measured.add(pool.submit(() -> drive(client, perClient, paceNanos, errors, latencies[client])));
            }
            for (Future<?> f : measured) {
                f.get();
            }
            long elapsed = System.nanoTime() - started;
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            double p95 = percentile(all, 95);
            report(String.format(Locale.ROOT, "%-52s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms  "
                    + "throughput=%.0f req/s  errors=%d", name + " [" + CLIENTS + " clients]", all.length,
                    percentile(all, 50), p95, percentile(all, 99), all[all.length - 1] / 1e6,
                    all.length / (elapsed / 1e9), errors.get()));
            return new Result(p95, errors.get());
        } finally {
            pool.shutdownNow();
        }
    }

    /** Latency counts from when a paced request was due, so a queue behind a slow one is not hidden. */
    private void drive(int client, int count, long paceNanos, AtomicInteger errors, long[] latencies) {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        String bearer = TestJwts.user("bench-reader-" + client).roles("STUDENT").bearer();
        Random random = new Random(client * 31L + count);
        long first = System.nanoTime() + paceNanos * client / CLIENTS;
        for (int i = 0; i < count; i++) {
            MentorFilter filter = filter(random);
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/api/mentors?"
                    + query(filter, random.nextInt(3) == 0 ? random.nextInt(10) : 0, 20)))
                    .header("Authorization", bearer).timeout(Duration.ofSeconds(30)).GET().build();
            long start = System.nanoTime();
            if (paceNanos > 0) {
                long due = first + i * paceNanos;
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
                latencies[i] = System.nanoTime() - start;
                if (response.statusCode() != 200) {
                    errors.incrementAndGet();
                }
            } catch (IOException e) {
                latencies[i] = System.nanoTime() - start;
                errors.incrementAndGet();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static List<String> pick(Random random, int count) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(SKILLS[random.nextInt(SKILLS.length)]);
        }
        return List.copyOf(picked);
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void report(String line) {
        System.out.println(line);
        try {
            Files.writeString(Path.of("target", "benchmark-results.txt"), line + System.lineSeparator(),
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("(could not append to target/benchmark-results.txt: " + e.getMessage() + ")");
        }
    }
}
