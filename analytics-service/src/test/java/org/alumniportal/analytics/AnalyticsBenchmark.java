package org.alumniportal.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

import org.alumniportal.analytics.readmodel.Population;
import org.alumniportal.analytics.testing.AnalyticsIntegrationTest;
import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.EventTypes;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.community.CommentCreated;
import org.alumniportal.platform.events.community.EventCheckedIn;
import org.alumniportal.platform.events.community.EventCreated;
import org.alumniportal.platform.events.community.EventRsvp;
import org.alumniportal.platform.events.community.PostCreated;
import org.alumniportal.platform.events.job.JobPosted;
import org.alumniportal.platform.events.mentorship.MentorshipAccepted;
import org.alumniportal.platform.events.mentorship.MentorshipRequested;
import org.alumniportal.platform.events.mentorship.SessionCompleted;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

import tools.jackson.databind.json.JsonMapper;

/**
 * Analytics under load (run with {@code -Pbenchmark}): 100,000 users' worth of events (registrations, profiles,
 * jobs, applications, events, RSVPs, check-ins, forum, mentorship) sent to the topics and consumed by the real
 * listener; then concurrent HTTP clients on the dashboard and analytics endpoints (p50/p95/p99), and the time to
 * rebuild the read models from offset 0. Prints to stdout and {@code target/benchmark-results.txt}. Direct to the
 * service (no gateway), client and service in one JVM sharing the machine's cores.
 */
class AnalyticsBenchmark extends AnalyticsIntegrationTest {

    private static final int USERS = Integer.getInteger("benchmark.users", 100_000);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 8);
    private static final int REQUESTS_PER_CLIENT = Integer.getInteger("benchmark.requests", 150);
    private static final double P95_TARGET_MS = 100;
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String[] CITIES = {"Bengaluru", "Pune", "Mumbai", "Delhi", "Hyderabad", "Chennai", "Kolkata",
            "Berlin", "London", "Singapore", "Toronto", "New York", "Nowhere Town"};
    private static final String[] SKILLS = {"Java", "Spring Boot", "Kafka", "Python", "Go", "JavaScript", "React",
            "Kubernetes", "Docker", "AWS", "SQL", "Machine Learning", "Data Science", "C++", "Rust", "Kotlin", "Linux",
            "Spark", "Terraform", "Figma"};
    private static final String[] ROLES = {"Software Engineer", "Senior Software Engineer", "Tech Lead",
            "Engineering Manager", "Data Analyst", "Data Scientist", "Product Manager"};
    private static final List<String> ENDPOINTS = List.of("/api/admin/dashboard/metrics",
            "/api/admin/dashboard/charts?bucket=week", "/api/analytics/skills", "/api/analytics/locations",
            "/api/analytics/companies", "/api/analytics/batches", "/api/analytics/job-trends",
            "/api/analytics/mentorship-stats", "/api/analytics/event-participation", "/api/analytics/engagement");

    @LocalServerPort
    int port;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    Population population;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final List<String> lines = new ArrayList<>();

    @Test
    void dashboardAndAnalyticsLatencyWithOneHundredThousandUsers() throws Exception {
        long alreadyApplied = population.appliedSinceReset();
        long start = System.nanoTime();
        long sent = seed();
        long seededAt = System.nanoTime();
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> population.appliedSinceReset() >= alreadyApplied + sent);
        long consumedAt = System.nanoTime();
        report(String.format(Locale.ROOT, "%n== AnalyticsBenchmark: %d users, %d events sent in %d ms, all applied "
                + "%d ms after the first send ==", USERS, sent, ms(seededAt - start), ms(consumedAt - start)));

        String admin = TestJwts.user("bench-admin").roles("ADMIN").bearer();
        for (String endpoint : ENDPOINTS) {
            long first = System.nanoTime();
            assertThat(get(endpoint, admin)).as(endpoint).isEqualTo(200);
            report(String.format(Locale.ROOT, "   first (uncached) %-45s %6.1f ms", endpoint,
                    (System.nanoTime() - first) / 1e6));
        }
        long[] all = run(admin);
        double p95 = percentile(all, 95);
        report(String.format(Locale.ROOT, "   all endpoints mixed: n=%d p50=%.1f ms p95=%.1f ms p99=%.1f ms max=%.1f ms"
                + " -> p95 <= %.0f ms %s", all.length, percentile(all, 50), p95, percentile(all, 99),
                all[all.length - 1] / 1e6, P95_TARGET_MS, p95 <= P95_TARGET_MS ? "MET" : "MISSED"));

        long total = population.appliedSinceReset();
        long rebuildStart = System.nanoTime();
        assertThat(post("/api/admin/analytics/rebuild", admin)).isEqualTo(202);
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> population.appliedSinceReset() >= total);
        report(String.format(Locale.ROOT, "   rebuild of the read models from offset 0: %d events in %d ms",
                total, ms(System.nanoTime() - rebuildStart)));
        Files.write(Path.of("target", "benchmark-results.txt"), lines, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private long seed() {
        Random random = new Random(7);
        AtomicLong count = new AtomicLong();
        Instant now = Instant.now();
        List<String> users = new ArrayList<>(USERS);
        for (int i = 0; i < USERS; i++) {
            String user = "bench-" + i + "-" + UUID.randomUUID();
            users.add(user);
            Instant registered = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365)));
            String role = i % 10 < 6 ? "ALUMNI" : i % 10 < 9 ? "STUDENT" : "RECRUITER";
            send(user, new UserRegistered(user, user + "@x.edu", "Bench", role), registered, count);
            List<String> skills = new ArrayList<>();
            for (int s = 0; s < 5; s++) {
                skills.add(SKILLS[random.nextInt(SKILLS.length)]);
            }
            String a = ROLES[random.nextInt(3)];
            String b = ROLES[3 + random.nextInt(4)];
            send(user, new ProfileUpdated(user, role, "Bench " + i, "h", "Company " + random.nextInt(500), b,
                    CITIES[random.nextInt(CITIES.length)], 1990 + random.nextInt(36), skills, random.nextInt(20),
                    i % 20 == 0 ? "HIDDEN" : "SIGNED_IN", random.nextBoolean(), random.nextBoolean(),
                    random.nextInt(101), List.of(new ProfileUpdated.ExperienceEntry("A", a, "2015-01", "2018-12"),
                            new ProfileUpdated.ExperienceEntry("B", b, "2019-01", null)), "SOFTWARE"),
                    registered.plusSeconds(60), count);
        }
        List<String> jobs = new ArrayList<>();
        for (int j = 0; j < USERS / 20; j++) {
            String job = "bench-job-" + UUID.randomUUID();
            jobs.add(job);
            send(job, new JobPosted(job, "Job", "Acme", CITIES[random.nextInt(CITIES.length)],
                    j % 3 == 0 ? "INTERNSHIP" : "FULL_TIME", false, List.of(SKILLS[random.nextInt(SKILLS.length)]),
                    users.get(random.nextInt(USERS)), now.plus(Duration.ofDays(random.nextInt(60) - 20))),
                    now.minus(Duration.ofDays(random.nextInt(300))), count);
        }
        for (int a = 0; a < USERS * 3 / 10; a++) {
            String app = "bench-app-" + UUID.randomUUID();
            send(app, new ApplicationSubmitted(app, jobs.get(random.nextInt(jobs.size())), "Job",
                    users.get(random.nextInt(USERS)), "r", "PROFILE", now.minus(Duration.ofDays(random.nextInt(200)))),
                    now, count);
        }
        List<String> events = new ArrayList<>();
        for (int e = 0; e < USERS / 50; e++) {
            String event = "bench-ev-" + UUID.randomUUID();
            events.add(event);
            Instant at = now.plus(Duration.ofDays(random.nextInt(200) - 100));
            send(event, new EventCreated(event, "Meetup", "NETWORKING", CITIES[random.nextInt(CITIES.length)], false,
                    at, at, 100, users.get(random.nextInt(USERS))), now.minus(Duration.ofDays(random.nextInt(300))),
                    count);
        }
        for (int r = 0; r < USERS / 2; r++) {
            String event = events.get(random.nextInt(events.size()));
            String user = users.get(random.nextInt(USERS));
            send(event, new EventRsvp(event, user, "ATTENDING", null), now.minus(Duration.ofDays(random.nextInt(200))),
                    count);
            if (r % 3 == 0) {
                send(event, new EventCheckedIn(event, user, "host", "QR_TICKET", now), now, count);
            }
        }
        for (int p = 0; p < USERS / 10; p++) {
            String post = "bench-post-" + UUID.randomUUID();
            send(post, new PostCreated(post, users.get(random.nextInt(USERS)), "t", List.of()), now, count);
            send(post, new CommentCreated("bench-c-" + UUID.randomUUID(), post, users.get(random.nextInt(USERS)), "x",
                    null, null), now, count);
        }
        for (int m = 0; m < USERS / 20; m++) {
            String id = "bench-m-" + UUID.randomUUID();
            String mentor = users.get(random.nextInt(USERS));
            String mentee = users.get(random.nextInt(USERS));
            send(id, new MentorshipRequested(id, mentor, mentee, "hi"), now.minus(Duration.ofDays(random.nextInt(100))),
                    count);
            if (m % 2 == 0) {
                send(id, new MentorshipAccepted(id, mentor, mentee), now, count);
                send(id, new SessionCompleted("bench-s-" + UUID.randomUUID(), id, mentor, mentee, now), now, count);
            }
        }
        kafka.flush();
        return count.get();
    }

    private void send(String subject, DomainEvent event, Instant time, AtomicLong count) {
        EventTypes.Registration registration = EventTypes.of(event.getClass());
        EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), registration.type(), "benchmark", time,
                subject, JSON.valueToTree(event));
        String value = JSON.writeValueAsString(envelope);
        // Flow control: a bounded backlog keeps the producer's buffer from filling up (its sends then block and time
        // out after max.block.ms on this loaded machine); a send that still times out is tried again.
        if (count.get() % 5_000 == 0) {
            kafka.flush();
        }
        for (int attempt = 1; ; attempt++) {
            try {
                kafka.send(registration.topic(), subject, value);
                break;
            } catch (org.springframework.kafka.KafkaException timedOut) {
                if (attempt == 5) {
                    throw timedOut;
                }
                kafka.flush();
            }
        }
        count.incrementAndGet();
    }

    private long[] run(String admin) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<long[]>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    long[] nanos = new long[REQUESTS_PER_CLIENT];
                    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                        String endpoint = ENDPOINTS.get((client + i) % ENDPOINTS.size());
                        long start = System.nanoTime();
                        if (get(endpoint, admin) != 200) {
                            throw new AssertionError(endpoint + " failed");
                        }
                        nanos[i] = System.nanoTime() - start;
                    }
                    return nanos;
                }));
            }
            List<Long> all = new ArrayList<>();
            for (Future<long[]> client : clients) {
                Arrays.stream(client.get()).forEach(all::add);
            }
            long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
            return sorted;
        } finally {
            pool.shutdownNow();
        }
    }

    private int get(String path, String bearer) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", bearer).GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private int post(String path, String bearer) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", bearer).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

    private void report(String line) {
        System.out.println(line);
        lines.add(line);
    }
}
