package org.alumniportal.mentorship.mentor;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
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

import org.alumniportal.mentorship.testing.MentorshipIntegrationTest;
import org.alumniportal.platform.test.PacedLoad;
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
        PacedLoad.report(String.format(Locale.ROOT, "%n== MentorListBenchmark: %d mentors inserted in %d ms, directory loaded in "
                + "%d ms, %d concurrent clients ==", MENTORS, ms(seeded - seeding), ms(loaded - seeded), CLIENTS));
        assertThat(api.get("/api/mentors?size=1", bearer("bench-check", "STUDENT")).json().path("totalElements")
                .asLong()).isGreaterThanOrEqualTo(MENTORS);
        PacedLoad.report("   load average before: " + PacedLoad.loadAverage());

        PacedLoad.Outcome saturated = run("GET /api/mentors (filters, paging)", REQUESTS_PER_CLIENT, 0);
        PacedLoad.report(String.format(Locale.ROOT, "   p95 <= %.0f ms at saturation (no think time): %s", P95_TARGET_MS,
                saturated.p95() <= P95_TARGET_MS ? "MET" : "MISSED"));
        PacedLoad.Outcome paced = run("GET /api/mentors paced " + PACE_MS + " ms", PACED_PER_CLIENT, PACE_MS * 1_000_000L);
        PacedLoad.report(String.format(Locale.ROOT, "   p95 <= %.0f ms with %d clients at %d requests/s: %s", P95_TARGET_MS,
                CLIENTS, CLIENTS * 1000 / PACE_MS, paced.p95() <= P95_TARGET_MS ? "MET" : "MISSED"));
        directoryAlone();
        PacedLoad.report("   load average at the end: " + PacedLoad.loadAverage());

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
        PacedLoad.report(String.format(Locale.ROOT, "%-52s n=%d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms",
                "MentorDirectory.search in-process [1 thread]", nanos.length, PacedLoad.percentileMs(nanos, 50),
                PacedLoad.percentileMs(nanos, 95), PacedLoad.percentileMs(nanos, 99)));
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

    /** Each client its own user; filters and pages as a browsing student would vary them. */
    private PacedLoad.Outcome run(String name, int perClient, long paceNanos) throws Exception {
        String[] bearers = new String[CLIENTS];
        for (int c = 0; c < CLIENTS; c++) {
            bearers[c] = TestJwts.user("bench-reader-" + c).roles("STUDENT").bearer();
        }
        PacedLoad.Outcome outcome = PacedLoad.run(CLIENTS, WARMUP_PER_CLIENT, perClient, paceNanos,
                (client, random) -> HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port() + "/api/mentors?"
                        + query(filter(random), random.nextInt(3) == 0 ? random.nextInt(10) : 0, 20)))
                        .header("Authorization", bearers[client]).timeout(Duration.ofSeconds(30)).GET().build());
        PacedLoad.report(outcome.summary(name + " [" + CLIENTS + " clients]"));
        return outcome;
    }

    private static List<String> pick(Random random, int count) {
        Set<String> picked = new LinkedHashSet<>();
        while (picked.size() < count) {
            picked.add(SKILLS[random.nextInt(SKILLS.length)]);
        }
        return List.copyOf(picked);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

}
