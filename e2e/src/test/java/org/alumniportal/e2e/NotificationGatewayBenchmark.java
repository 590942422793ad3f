package org.alumniportal.e2e;

import static org.alumniportal.e2e.BenchmarkOutput.loadAverage;
import static org.alumniportal.e2e.BenchmarkOutput.percentile;
import static org.alumniportal.e2e.BenchmarkOutput.report;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Notification delivery measured from the triggering request, on the real local stack, through the gateway (run
 * with {@code ./mvnw -o -B -pl e2e verify -Pbenchmark -Dit.test=NotificationGatewayBenchmark}). A recruiter posts
 * jobs, {@code benchmark.applicants} students apply to each, and every student keeps an SSE stream open through
 * the gateway. Then the recruiter moves the applications ({@code PUT /api/applications/{id}/status}: VIEWED,
 * SHORTLISTED, INTERVIEW, OFFERED) paced at {@code benchmark.rate} requests/s for {@code benchmark.seconds}; each
 * move gives its applicant one APPLICATION_STATUS_CHANGED notification, in-app, live and by mail. Latency counts
 * from the moment a request was due (so a slow gateway or a late client thread counts against it) to the SSE event
 * of its notification arriving. Prints p50/p95/p99/max, the lost count and the mail throughput (the mails of the run
 * the stack's mail catcher received, per second), also to {@code target/benchmark-results.txt}. Target: p95 ≤ 1 s at
 * 100 triggering requests/s, nothing lost.
 */
class NotificationGatewayBenchmark {

    private static final int RATE = Integer.getInteger("benchmark.rate", 100);
    private static final int SECONDS = Integer.getInteger("benchmark.seconds", 30);
    private static final int WARMUP_SECONDS = Integer.getInteger("benchmark.warmupSeconds", 5);
    private static final int APPLICANTS = Integer.getInteger("benchmark.applicants", 10);
    private static final int DRAIN_SECONDS = Integer.getInteger("benchmark.drainSeconds", 120);
    private static final int IDLE_SECONDS = Integer.getInteger("benchmark.idleSeconds", 10);
    private static final int CLIENT_THREADS = Integer.getInteger("benchmark.clientThreads", 64);
    private static final double P95_TARGET_MS = 1_000;
    /** The moves a recruiter may make one after another (job-service's ApplicationStateMachine). */
    private static final List<String> MOVES = List.of("VIEWED", "SHORTLISTED", "INTERVIEW", "OFFERED");
    private static final String MAIL_SUBJECT = "Application update";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    /** This JVM in the CPU figures: the HTTP client and the SSE readers share the stack's cores. */
    private static final String CLIENT = "(benchmark client)";

    private static PortalStack stack;
    private static Http gateway;

    static {
        // HttpURLConnection keeps at most 5 idle connections per host by default: the senders' others would be
        // closed after each request and the gateway would accept a new connection per move.
        if (System.getProperty("http.maxConnections") == null) {
            System.setProperty("http.maxConnections", Integer.toString(CLIENT_THREADS));
        }
    }

    @BeforeAll
    static void startTheSuite() {
        stack = new PortalStack(PortalStack.rootFromSystemProperty())
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
    void fromTheTriggeringRequestToTheLiveEventThroughTheGateway() throws Exception {
        int requests = RATE * SECONDS;
        int applications = (requests + MOVES.size() - 1) / MOVES.size();
        int jobs = (applications + APPLICANTS - 1) / APPLICANTS;
        Accounts accounts = new Accounts(gateway, new Http(stack.mailApi()));
        Accounts.User recruiter = accounts.approvedRecruiter("Bench Recruiter");
        // The applications of the set-up would otherwise mail the recruiter hundreds of times during the run.
        Http.Response quiet = gateway.put("/api/notifications/preferences", Map.of("types",
                Map.of("APPLICATION_RECEIVED", Map.of("inApp", true, "email", false))), recruiter.token());
        assertThat(quiet.status()).as(quiet.describe()).isEqualTo(200);
        List<Accounts.User> applicants = new ArrayList<>();
        for (int i = 0; i < APPLICANTS; i++) {
            applicants.add(accounts.registerVerified("STUDENT", "Bench Applicant"));
        }

        long settingUp = System.nanoTime();
        List<Application> all = apply(recruiter, applicants, jobs, applications);
        // The set-up's own notifications (one per application, to the recruiter) are through before the run.
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofSeconds(1))
                .until(() -> gateway.get("/api/notifications/unread-count", recruiter.token()).json().path("count")
                        .asLong() >= applications);
        report(String.format(Locale.ROOT, "%n== NotificationGatewayBenchmark: %d jobs, %d applications by %d "
                + "applicants set up in %d s; %d requests at %d/s (first %d s warm-up); %d cores, load average %s ==",
                jobs, applications, APPLICANTS, (System.nanoTime() - settingUp) / 1_000_000_000L, requests, RATE,
                WARMUP_SECONDS, Runtime.getRuntime().availableProcessors(), loadAverage()));

        Map<String, Long> arrivals = new ConcurrentHashMap<>();
        Map<String, Instant> created = new ConcurrentHashMap<>();
        List<Stream> streams = new ArrayList<>();
        try {
            for (Accounts.User applicant : applicants) {
                streams.add(Stream.open(stack.gateway(), applicant.token(), arrivals, created));
            }
            long[] due = new long[requests];
            long[] answered = new long[requests];
            String[] keys = new String[requests];
            int[] statuses = new int[requests];
            Map<String, AtomicInteger> outcomes = new ConcurrentHashMap<>();
            // What the stack burns doing nothing (pollers, heartbeats, open streams), to tell apart from the moves.
            Map<String, Duration> idleBefore = cpuTimes();
            long idleStart = System.nanoTime();
            Thread.sleep(IDLE_SECONDS * 1000L);
            reportCpu("idle, streams open", idleBefore, cpuTimes(), System.nanoTime() - idleStart, 0);
            Map<String, Duration> cpuBefore = cpuTimes();
            long cpuWindowStart = System.nanoTime();
            Instant firstDue = fire(recruiter, all, due, answered, keys, statuses, outcomes);
            int ok = (int) Arrays.stream(statuses).filter(status -> status == 200).count();
            int errors = requests - ok;

            long lastDue = due[requests - 1];
            // Until everything arrived (or a backlog is hopeless), so the CPU counted is that of every move.
            await().atMost(Duration.ofSeconds(DRAIN_SECONDS + 30)).pollInterval(Duration.ofMillis(200))
                    .until(() -> arrivals.size() >= ok || System.nanoTime() - lastDue > DRAIN_SECONDS * 1_000_000_000L);
            reportCpu("moves and deliveries", cpuBefore, cpuTimes(), System.nanoTime() - cpuWindowStart,
                    ok);
            // a move the gateway failed may still have happened, so only answered moves are owed an event
            int lost = 0;
            int warmup = Math.min(requests, RATE * WARMUP_SECONDS);
            List<Long> latencies = new ArrayList<>();
            List<Long> toAnswer = new ArrayList<>();
            List<Long> toCreated = new ArrayList<>();
            List<Long> createdToArrival = new ArrayList<>();
            // nanoTime of the epoch, to place the notifications' createdAt (wall clock, same machine) on nanoTime
            long epochNanos = System.nanoTime() - Duration.between(Instant.EPOCH, Instant.now()).toNanos();
            for (int i = 0; i < requests; i++) {
                Long arrived = arrivals.get(keys[i]);
                if (arrived == null) {
                    lost += statuses[i] == 200 ? 1 : 0;
                } else if (i >= warmup) {
                    latencies.add(arrived - due[i]);
                    toAnswer.add(answered[i] - due[i]);
                    Instant createdAt = created.get(keys[i]);
                    if (createdAt != null) {
                        long createdNanos = epochNanos + Duration.between(Instant.EPOCH, createdAt).toNanos();
                        toCreated.add(createdNanos - due[i]);
                        createdToArrival.add(arrived - createdNanos);
                    }
                }
            }
            long[] measured = latencies.stream().mapToLong(Long::longValue).sorted().toArray();
            print("PUT /api/applications/{id}/status -> SSE event", measured);
            // The same path in three legs: the answer; the notification stored (job-service's outbox, Kafka,
            // notification-service's consumer); stored to the client (live fan-out, SSE, the gateway).
            print("  due -> PUT answered", toAnswer.stream().mapToLong(Long::longValue).sorted().toArray());
            print("  due -> notification createdAt", toCreated.stream().mapToLong(Long::longValue).sorted().toArray());
            print("  createdAt -> SSE event at the client",
                    createdToArrival.stream().mapToLong(Long::longValue).sorted().toArray());
            report(String.format(Locale.ROOT, "   p95 <= %.0f ms: %s; lost %d of %d answered moves; answers %s",
                    P95_TARGET_MS, measured.length > 0 && percentile(measured, 95) <= P95_TARGET_MS ? "MET" : "MISSED",
                    lost, ok, new TreeMap<>(outcomes)));

            reportMailThroughput(new Http(stack.mailApi()), applicants, ok, firstDue);
            report("   load average at the end " + loadAverage());
            assertThat(errors).as("failed status moves: %s", outcomes).isZero();
            assertThat(lost).as("notifications that never reached their SSE stream").isZero();
        } finally {
            streams.forEach(Stream::close);
        }
    }

    /** One application: its id and the applicant it belongs to. */
    private record Application(String id, Accounts.User applicant) {
    }

    /** Posts the jobs, then every applicant applies to every job until {@code count} applications exist. */
    private static List<Application> apply(Accounts.User recruiter, List<Accounts.User> applicants, int jobs,
            int count) throws Exception {
        List<String> jobIds = new ArrayList<>();
        for (int j = 0; j < jobs; j++) {
            // The recruiter's approval reaches job-service as an event; a 403 only means it has not arrived yet.
            Http.Response posted = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                    .until(() -> gateway.post("/api/jobs", job(), recruiter.token()), r -> r.status() != 403);
            assertThat(posted.status()).as(posted.describe()).isEqualTo(201);
            jobIds.add(posted.json().path("id").asString());
        }
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Application>> applying = new ArrayList<>();
            for (int n = 0; n < count; n++) {
                String jobId = jobIds.get(n / applicants.size());
                Accounts.User applicant = applicants.get(n % applicants.size());
                applying.add(pool.submit(() -> {
                    Http.Response applied = gateway.post("/api/jobs/" + jobId + "/apply",
                            Map.of("coverLetter", "Benchmark"), applicant.token());
                    assertThat(applied.status()).as(applied.describe()).isEqualTo(201);
                    return new Application(applied.json().path("id").asString(), applicant);
                }));
            }
            List<Application> all = new ArrayList<>();
            for (Future<Application> f : applying) {
                all.add(f.get());
            }
            return all;
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Sends request i at {@code first + i / RATE} from one pacing thread, handing it to a pool of
     * {@code benchmark.clientThreads} senders so a slow answer never delays the next one, and counts the answers by
     * status (or exception). A request waiting for a free sender still counts from when it was due. Request i moves
     * application {@code i % n} one step further, so the same application moves again only n/RATE seconds later;
     * should its previous move still be unanswered then (a loaded machine), this one waits for that answer, as the
     * state machine would refuse it otherwise, and the wait counts in its latency.
     *
     * <p>The senders use blocking {@code HttpURLConnection}s kept alive per thread: this client shares the stack's
     * two cores, and the JDK's asynchronous {@code HttpClient} cost about a fifth of a core at 100 requests/s.
     *
     * @return the wall-clock time the first request was due
     */
    private static Instant fire(Accounts.User recruiter, List<Application> all, long[] due, long[] answeredAt,
            String[] keys, int[] statuses, Map<String, AtomicInteger> outcomes) throws InterruptedException {
        ExecutorService senders = Executors.newFixedThreadPool(CLIENT_THREADS, runnable -> {
            Thread thread = new Thread(runnable, "bench-put");
            thread.setDaemon(true);
            return thread;
        });
        long interval = 1_000_000_000L / RATE;
        long first = System.nanoTime() + 500_000_000L;
        Instant firstDue = Instant.now().plusMillis(500);
        AtomicLong answered = new AtomicLong();
        AtomicInteger waitedForPrevious = new AtomicInteger();
        Map<String, CompletableFuture<Void>> lastMove = new LinkedHashMap<>();
        List<CompletableFuture<Void>> inFlight = new ArrayList<>();
        try {
            for (int i = 0; i < due.length; i++) {
                Application application = all.get(i % all.size());
                String status = MOVES.get(i / all.size());
                keys[i] = application.id() + "/" + status;
                due[i] = first + i * interval;
                long wait = due[i] - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                URI uri = URI.create(stack.gateway() + "/api/applications/" + application.id() + "/status");
                String token = recruiter.token();
                CompletableFuture<Void> previous = lastMove.getOrDefault(application.id(),
                        CompletableFuture.completedFuture(null));
                if (!previous.isDone()) {
                    waitedForPrevious.incrementAndGet();
                }
                int index = i;
                // A predecessor was handed to the pool earlier, so it runs before (or beside) this one: no deadlock.
                CompletableFuture<Void> move = CompletableFuture.runAsync(() -> {
                    previous.handle((r, e) -> null).join();
                    String outcome;
                    try {
                        int code = put(uri, token, "{\"status\":\"" + status + "\"}");
                        statuses[index] = code;
                        outcome = Integer.toString(code);
                    } catch (IOException | RuntimeException e) {
                        statuses[index] = -1;
                        outcome = e.getClass().getSimpleName();
                    }
                    answeredAt[index] = System.nanoTime();
                    answered.incrementAndGet();
                    outcomes.computeIfAbsent(outcome, o -> new AtomicInteger()).incrementAndGet();
                }, senders);
                lastMove.put(application.id(), move);
                inFlight.add(move);
            }
            inFlight.forEach(CompletableFuture::join);
        } finally {
            senders.shutdownNow();
        }
        assertThat(answered.get()).isEqualTo(due.length);
        if (waitedForPrevious.get() > 0) {
            report("   " + waitedForPrevious.get() + " move(s) waited for the answer to their application's previous "
                    + "move");
        }
        return firstDue;
    }

    /** One PUT on this thread's kept-alive connection (the body is read to the end, so the connection is reused). */
    private static int put(URI uri, String token, String body) throws IOException {
        HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
        connection.setRequestMethod("PUT");
        connection.setConnectTimeout(5_000);
        connection.setReadTimeout(30_000);
        connection.setDoOutput(true);
        connection.setRequestProperty("Authorization", "Bearer " + token);
        connection.setRequestProperty("Content-Type", "application/json");
        try (var out = connection.getOutputStream()) {
            out.write(body.getBytes(StandardCharsets.UTF_8));
        }
        int code = connection.getResponseCode();
        try (InputStream in = code < 400 ? connection.getInputStream() : connection.getErrorStream()) {
            if (in != null) {
                in.transferTo(OutputStream.nullOutputStream());
            }
        }
        return code;
    }

    /**
     * The run's mails to the applicants as the mail catcher received them: how many, over how long. Waits (up to
     * five minutes) for one per successful move, then reports what came even if some did not.
     */
    private static void reportMailThroughput(Http mail, List<Accounts.User> applicants, int expected,
            Instant firstDue) throws InterruptedException {
        long waitStart = System.nanoTime();
        long deadline = waitStart + Duration.ofMinutes(5).toNanos();
        List<Instant> received = new ArrayList<>();
        while (true) {
            received.clear();
            for (Accounts.User applicant : applicants) {
                for (JsonNode m : mail.get("/api/messages?to=" + applicant.email(), null).json()) {
                    if (m.path("subject").asString().contains(MAIL_SUBJECT)) {
                        received.add(Instant.parse(m.path("receivedAt").asString()));
                    }
                }
            }
            if (received.size() >= expected || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(2_000);
        }
        if (received.isEmpty()) {
            report("mails caught by the mail catcher: none");
        } else {
            received.sort(null);
            Instant last = received.get(received.size() - 1);
            double seconds = Math.max(0.001, Duration.between(firstDue, last).toMillis() / 1000.0);
            report(String.format(Locale.ROOT, "%-56s n=%d of %d  first %.1f s, last %.1f s after the first request "
                    + "was due; throughput=%.1f mails/s at %d requests/s offered (waited %d s after the run)",
                    "mails caught by the mail catcher",
                    received.size(), expected, Duration.between(firstDue, received.get(0)).toMillis() / 1000.0, seconds,
                    received.size() / seconds, RATE, (System.nanoTime() - waitStart) / 1_000_000_000L));
        }
        assertThat(received).as("one mail per successful status move").hasSize(expected);
    }

    private static Map<String, Object> job() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Benchmark Engineer");
        body.put("description", "Measures how fast news travels.");
        body.put("company", "Acme");
        body.put("location", "Berlin");
        body.put("remote", false);
        body.put("allowAlumniApplicants", false);
        body.put("jobType", "FULL_TIME");
        body.put("skillsRequired", List.of("Benchmarking"));
        body.put("applicationDeadline", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        return body;
    }

    /**
     * One user's live stream through the gateway: each event's arrival time (nanoTime, taken as its blank line
     * is read) is recorded under its application id and new status.
     */
    private static final class Stream implements AutoCloseable {

        private final HttpResponse<InputStream> response;

        private Stream(HttpResponse<InputStream> response, Map<String, Long> arrivals, Map<String, Instant> created) {
            this.response = response;
            Thread reader = new Thread(() -> read(arrivals, created), "bench-sse");
            reader.setDaemon(true);
            reader.start();
        }

        static Stream open(String gatewayUrl, String token, Map<String, Long> arrivals, Map<String, Instant> created) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(gatewayUrl + "/api/notifications/stream"))
                    .header("Accept", "text/event-stream").header("Authorization", "Bearer " + token).GET().build();
            try {
                HttpResponse<InputStream> response = HttpClient.newHttpClient().send(request,
                        HttpResponse.BodyHandlers.ofInputStream());
                assertThat(response.statusCode()).as("the SSE stream through the gateway").isEqualTo(200);
                return new Stream(response, arrivals, created);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }

        private void read(Map<String, Long> arrivals, Map<String, Instant> created) {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(response.body(),
                    StandardCharsets.UTF_8))) {
                StringBuilder data = new StringBuilder();
                String line;
                while ((line = lines.readLine()) != null) {
                    if (line.isEmpty()) {
                        long now = System.nanoTime();
                        if (data.length() > 0) {
                            JsonNode notification = JSON.readTree(data.toString());
                            JsonNode metadata = notification.path("metadata");
                            String key = metadata.path("applicationId").asString() + "/"
                                    + metadata.path("newStatus").asString();
                            arrivals.putIfAbsent(key, now);
                            created.putIfAbsent(key, Instant.parse(notification.path("createdAt").asString()));
                        }
                        data.setLength(0);
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).stripLeading());
                    }
                }
            } catch (IOException closed) {
                // closed at the end of the run
            }
        }

        @Override
        public void close() {
            try {
                response.body().close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }

    /** The CPU time of each component of the stack, and of this JVM (the client) under {@link #CLIENT}. */
    private static Map<String, Duration> cpuTimes() {
        Map<String, Duration> times = new TreeMap<>(stack.cpuTimeByComponent());
        times.put(CLIENT, ProcessHandle.current().info().totalCpuDuration().orElse(Duration.ZERO));
        return times;
    }

    /** CPU each component used over a window, in cores and (with moves) per move; the client apart from the sum. */
    private static void reportCpu(String window, Map<String, Duration> before, Map<String, Duration> after,
            long windowNanos, int moves) {
        double seconds = windowNanos / 1e9;
        double total = 0;
        StringBuilder lines = new StringBuilder();
        double client = 0;
        for (Map.Entry<String, Duration> e : after.entrySet()) {
            double used = e.getValue().minus(before.getOrDefault(e.getKey(), Duration.ZERO)).toNanos() / 1e9;
            if (CLIENT.equals(e.getKey())) {
                client = used;
                continue;
            }
            total += used;
            lines.append(String.format(Locale.ROOT, "%n     %-22s %7.1f CPU s  %6.2f ms/move  %5.2f cores", e.getKey(),
                    used, used * 1000 / Math.max(1, moves), used / seconds));
        }
        report(String.format(Locale.ROOT, "   CPU over the %.1f s of %s: the stack %.1f CPU s, %.2f ms/move, %.2f of %d "
                + "cores; this benchmark's client (same machine) %.2f cores%s", seconds, window, total,
                total * 1000 / Math.max(1, moves), total / seconds, Runtime.getRuntime().availableProcessors(),
                client / seconds, lines));
    }

    private static void print(String name, long[] sorted) {
        if (sorted.length == 0) {
            report(name + ": no deliveries measured");
            return;
        }
        report(String.format(Locale.ROOT, "%-56s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms", name,
                sorted.length, percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99),
                sorted[sorted.length - 1] / 1e6));
    }
}
