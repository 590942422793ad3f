package org.alumniportal.e2e;

import static org.alumniportal.e2e.BenchmarkOutput.loadAverage;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the gateway costs, against the service called directly and against the plainest proxy (the test code's
 * {@link ReferenceProxy}), in one run on the real local stack with the suite's own JVM flags (run with
 * {@code ./mvnw -o -B -pl e2e verify -Pbenchmark -Dit.test=GatewayCostBenchmark}). Three requests: a cheap read
 * ({@code GET /api/jobs?size=20&skills=Java} over 300 jobs), a directory search and an authenticated write (a
 * user's notification preferences). First every request through every door (JIT warm-up); then for each: a
 * warm-up of every door, closed-loop rounds of 16 keep-alive connections, the three doors alternating, and a
 * light-load round (one connection) for the latency the gateway adds. Prints requests/s, p50/p95/p99, the gateway's ratio to direct and to the reference proxy, and the CPU per
 * request of the gateway and of the service (from /proc, through {@link PortalStack#cpuTime}). Also written to
 * {@code target/benchmark-results.txt}. Targets (issue 11): ratio ≥ 0.85 of direct, ≤ 1 ms added p50 at light load.
 */
class GatewayCostBenchmark {

    private static final int CONNECTIONS = Integer.getInteger("benchmark.connections", 16);
    private static final int ROUND_SECONDS = Integer.getInteger("benchmark.roundSeconds", 15);
    private static final int ROUNDS = Integer.getInteger("benchmark.rounds", 2);
    private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmupSeconds", 20);
    private static final int LIGHT_REQUESTS = Integer.getInteger("benchmark.lightRequests", 1_000);
    private static final int JOBS = Integer.getInteger("benchmark.jobs", 300);
    private static final double RATIO_TARGET = 0.85;
    private static final double ADDED_P50_TARGET_MS = 1.0;
    private static final String[] SKILLS = {"Java", "Kotlin", "Python", "Go", "SQL", "Kafka", "React", "AWS"};

    private static PortalStack stack;
    private static ReferenceProxy proxy;
    private static Accounts.User student;

    @BeforeAll
    static void startTheSuite() {
        // The suite's own JVM flags (no PORTAL_JAVA_OPTS here): the cost measured is the cost shipped. Only the
        // per-user budgets are raised, so the limiters still run on every request but never refuse one.
        stack = new PortalStack(PortalStack.rootFromSystemProperty())
                .with("PORTAL_RATE_LIMIT_USER_PER_MINUTE", "100000000")
                .with("PORTAL_RATE_LIMIT_AUTH_PER_MINUTE", "1000")
                // profile-service's own anti-scraping budget would answer 429 to a closed loop of searches.
                .with("PORTAL_SEARCH_BUDGET_CAPACITY", "100000000")
                .with("PORTAL_SEARCH_BUDGET_REFILL_PER_MINUTE", "100000000");
        stack.up();
        proxy = new ReferenceProxy(Map.of(
                "/api/jobs", service("PORTAL_JOB_PORT"),
                "/api/profiles", service("PORTAL_PROFILE_PORT"),
                "/api/notifications", service("PORTAL_NOTIFICATION_PORT")));
    }

    @AfterAll
    static void stopTheSuite() {
        if (proxy != null) {
            proxy.close();
        }
        if (stack != null && stack.down() == 0 && stack.processesWithDescendants().isEmpty()) {
            stack.deleteAllButLogs();
        }
    }

    @Test
    void theGatewayAgainstDirectAndAPlainProxy() throws Exception {
        Http gateway = new Http(stack.gateway());
        Accounts accounts = new Accounts(gateway, new Http(stack.mailApi()));
        Accounts.User recruiter = accounts.approvedRecruiter("Bench Recruiter");
        student = accounts.registerVerified("STUDENT", "Bench Student");
        Accounts.User alumnus = accounts.registerVerified("ALUMNI", "Bench Alumnus");
        seedJobs(gateway, recruiter);
        Http.Response profile = gateway.post("/api/profiles", Map.of("headline", "Engineer",
                "skills", List.of("Java", "Kafka"), "location", "Berlin"), alumnus.token());
        assertThat(profile.status()).as(profile.describe()).isEqualTo(201);

        List<Scenario> scenarios = List.of(
                new Scenario("GET /api/jobs?size=20&skills=Java", "job-service", "PORTAL_JOB_PORT",
                        GET),
                new Scenario("GET /api/profiles/search?skills=Java&size=20", "profile-service",
                        "PORTAL_PROFILE_PORT", GET),
                new Scenario("PUT /api/notifications/preferences", "notification-service",
                        "PORTAL_NOTIFICATION_PORT", () -> HttpRequest.newBuilder()
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"emailEnabled\":true,\"digest\":\"WEEKLY\"}"))
                                .header("Content-Type", "application/json")));
        report(String.format(Locale.ROOT, "%n== GatewayCostBenchmark: suite up in %d s, %d jobs, %d connections, "
                + "%d s rounds x %d per door, %d cores, load average %s ==", stack.upTime().toSeconds(), JOBS,
                CONNECTIONS, ROUND_SECONDS, ROUNDS, Runtime.getRuntime().availableProcessors(), loadAverage()));
        AtomicInteger errors = new AtomicInteger();
        // Every door and request once before any round: the gateway's C2 compiles its shared path (security,
        // routing, proxying) in the first minute under load, which would otherwise be charged to whichever
        // request is measured first. JIT warm-up is a start-up cost (StartupBenchmark), not a per-request one.
        for (Scenario scenario : scenarios) {
            for (String base : List.of(service(scenario.portVariable()), proxy.base(), stack.gateway())) {
                closedLoop(scenario, base, CONNECTIONS, Duration.ofSeconds(WARMUP_SECONDS), errors);
            }
        }
        for (Scenario scenario : scenarios) {
            measure(scenario, errors);
        }
        report("   errors " + errors.get() + "; load average at the end " + loadAverage());
        assertThat(errors.get()).as("requests that did not answer 2xx").isZero();
    }

    private static void measure(Scenario scenario, AtomicInteger errors) throws Exception {
        Map<String, String> doors = new LinkedHashMap<>();
        doors.put("direct", service(scenario.portVariable()));
        doors.put("reference proxy", proxy.base());
        doors.put("gateway", stack.gateway());
        report("-- " + scenario.name());
        for (var door : doors.entrySet()) {
            Round warm = closedLoop(scenario, door.getValue(), CONNECTIONS, Duration.ofSeconds(WARMUP_SECONDS),
                    errors);
            report(String.format(Locale.ROOT, "   warm-up %-16s %6.0f req/s", door.getKey(), warm.perSecond()));
        }
        Map<String, List<Round>> rounds = new LinkedHashMap<>();
        for (int r = 0; r < ROUNDS; r++) {
            for (var door : doors.entrySet()) {
                rounds.computeIfAbsent(door.getKey(), k -> new ArrayList<>()).add(
                        closedLoop(scenario, door.getValue(), CONNECTIONS, Duration.ofSeconds(ROUND_SECONDS), errors));
            }
        }
        Map<String, Round> merged = new LinkedHashMap<>();
        rounds.forEach((door, list) -> merged.put(door, Round.merge(list)));
        for (var e : merged.entrySet()) {
            Round round = e.getValue();
            report(String.format(Locale.ROOT, "   %-16s %6.0f req/s (rounds %s)  p50=%.2f ms  p95=%.2f ms  "
                    + "p99=%.2f ms  cpu/request: gateway %.3f ms, %s %.3f ms", e.getKey(), round.perSecond(),
                    rounds.get(e.getKey()).stream().map(x -> String.format(Locale.ROOT, "%.0f", x.perSecond()))
                            .toList(), round.percentile(50), round.percentile(95), round.percentile(99),
                    round.cpuPerRequestMs("gateway"), scenario.service(), round.cpuPerRequestMs(scenario.service())));
        }
        double direct = merged.get("direct").perSecond();
        double reference = merged.get("reference proxy").perSecond();
        double viaGateway = merged.get("gateway").perSecond();
        report(String.format(Locale.ROOT, "   throughput ratio: gateway/direct %.2f (target >= %.2f: %s), "
                + "gateway/reference proxy %.2f, reference proxy/direct %.2f", viaGateway / direct, RATIO_TARGET,
                viaGateway / direct >= RATIO_TARGET ? "MET" : "MISSED", viaGateway / reference, reference / direct));

        Map<String, List<Round>> light = new LinkedHashMap<>();
        for (int r = 0; r < 2; r++) {
            for (var door : doors.entrySet()) {
                light.computeIfAbsent(door.getKey(), k -> new ArrayList<>())
                        .add(sequential(scenario, door.getValue(), LIGHT_REQUESTS / 2, errors));
            }
        }
        Map<String, Double> p50 = new LinkedHashMap<>();
        light.forEach((door, list) -> p50.put(door, Round.merge(list).percentile(50)));
        double added = p50.get("gateway") - p50.get("direct");
        report(String.format(Locale.ROOT, "   light load (1 connection): p50 direct %.2f ms, reference proxy %.2f ms, "
                + "gateway %.2f ms; added by the gateway %.2f ms (target <= %.1f: %s), by the reference proxy %.2f ms",
                p50.get("direct"), p50.get("reference proxy"), p50.get("gateway"), added, ADDED_P50_TARGET_MS,
                added <= ADDED_P50_TARGET_MS ? "MET" : "MISSED", p50.get("reference proxy") - p50.get("direct")));
    }

    /** {@code connections} threads, each with its own keep-alive connection, sending back to back for a while. */
    private static Round closedLoop(Scenario scenario, String base, int connections, Duration duration,
            AtomicInteger errors) throws Exception {
        String bearer = "Bearer " + student.token();
        Cpu before = Cpu.now(scenario.service());
        long start = System.nanoTime();
        long end = start + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        List<long[]> latencies = new ArrayList<>();
        try {
            List<Future<long[]>> running = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                running.add(pool.submit(() -> {
                    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    long[] own = new long[1 << 16];
                    int n = 0;
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        send(http, scenario, base, bearer, errors);
                        if (n == own.length) {
                            own = Arrays.copyOf(own, n * 2);
                        }
                        own[n++] = System.nanoTime() - sent;
                    }
                    return Arrays.copyOf(own, n);
                }));
            }
            for (Future<long[]> f : running) {
                latencies.add(f.get());
            }
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Round(latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray(), seconds,
                Cpu.now(scenario.service()).minus(before));
    }

    /** One connection, one request at a time: the latency a door adds when nothing queues. */
    private static Round sequential(Scenario scenario, String base, int requests, AtomicInteger errors) {
        String bearer = "Bearer " + student.token();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        Cpu before = Cpu.now(scenario.service());
        long start = System.nanoTime();
        long[] latencies = new long[requests];
        for (int i = 0; i < requests; i++) {
            long sent = System.nanoTime();
            send(http, scenario, base, bearer, errors);
            latencies[i] = System.nanoTime() - sent;
        }
        Arrays.sort(latencies);
        return new Round(latencies, (System.nanoTime() - start) / 1e9, Cpu.now(scenario.service()).minus(before));
    }

    private static void send(HttpClient http, Scenario scenario, String base, String bearer, AtomicInteger errors) {
        HttpRequest request = scenario.request().get().uri(URI.create(base + scenario.path()))
                .header("Authorization", bearer).timeout(Duration.ofSeconds(30)).build();
        try {
            HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
            if (response.statusCode() / 100 != 2) {
                if (errors.incrementAndGet() <= 5) {
                    report("   ! " + response.statusCode() + " from " + request.uri() + ": "
                            + new String(response.body()));
                }
            }
        } catch (IOException e) {
            errors.incrementAndGet();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static final Supplier<HttpRequest.Builder> GET = () -> HttpRequest.newBuilder().GET();

    private static void seedJobs(Http gateway, Accounts.User recruiter) {
        // The recruiter's approval reaches job-service as an event; a 403 only means it has not arrived yet.
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post("/api/jobs", job(0), recruiter.token()), r -> r.status() != 403);
        for (int i = 1; i < JOBS; i++) {
            Http.Response posted = gateway.post("/api/jobs", job(i), recruiter.token());
            assertThat(posted.status()).as(posted.describe()).isEqualTo(201);
        }
    }

    private static Map<String, Object> job(int i) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Engineer " + i);
        body.put("description", "Build things that last, part " + i + ".");
        body.put("company", "Company " + (i % 40));
        body.put("location", i % 3 == 0 ? "Berlin" : "Remote");
        body.put("remote", i % 3 != 0);
        body.put("allowAlumniApplicants", true);
        body.put("jobType", "FULL_TIME");
        body.put("skillsRequired", List.of(SKILLS[i % SKILLS.length], SKILLS[(i * 7 + 1) % SKILLS.length]));
        body.put("applicationDeadline", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        return body;
    }

    private static String service(String portVariable) {
        return "http://127.0.0.1:" + stack.port(portVariable);
    }

    /** One request shape: its path is the part after the door's base URL. */
    private record Scenario(String name, String service, String portVariable, Supplier<HttpRequest.Builder> request) {
        String path() {
            return name.substring(name.indexOf(' ') + 1);
        }
    }

    /** CPU time used so far by the gateway and by one service. */
    private record Cpu(Duration gateway, Duration service, String serviceName) {
        static Cpu now(String service) {
            return new Cpu(stack.cpuTime("gateway"), stack.cpuTime(service), service);
        }

        Cpu minus(Cpu earlier) {
            return new Cpu(gateway.minus(earlier.gateway), service.minus(earlier.service), serviceName);
        }
    }

    private record Round(long[] sorted, double seconds, Cpu cpu) {
        static Round merge(List<Round> rounds) {
            long[] all = rounds.stream().flatMapToLong(r -> Arrays.stream(r.sorted)).sorted().toArray();
            Cpu sum = rounds.stream().map(Round::cpu).reduce((a, b) -> new Cpu(a.gateway.plus(b.gateway),
                    a.service.plus(b.service), a.serviceName)).orElseThrow();
            return new Round(all, rounds.stream().mapToDouble(Round::seconds).sum(), sum);
        }

        double perSecond() {
            return sorted.length / seconds;
        }

        double percentile(int p) {
            if (sorted.length == 0) {
                return Double.NaN;
            }
            int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
        }

        double cpuPerRequestMs(String component) {
            Duration used = "gateway".equals(component) ? cpu.gateway : cpu.service;
            return sorted.length == 0 ? Double.NaN : used.toNanos() / 1e6 / sorted.length;
        }
    }
}
