package org.alumniportal.job.listing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import org.alumniportal.job.JobApplication;
import org.alumniportal.job.candidate.Candidates;
import org.alumniportal.job.job.ExperienceRange;
import org.alumniportal.job.job.Job;
import org.alumniportal.job.job.JobDetails;
import org.alumniportal.job.job.JobType;
import org.alumniportal.job.job.SalaryRange;
import org.alumniportal.platform.skills.SkillNormalizer;
import org.alumniportal.job.testing.JobIntegrationTest;
import org.alumniportal.job.testing.ProfileEvents;
import org.alumniportal.platform.test.PacedLoad;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * The job board under load (run with {@code -Pbenchmark}): 20,000 generated jobs in the store, the start-up
 * rebuild of the list index and the recommendation view, then 50 concurrent HTTP clients on
 * {@code GET /api/jobs} with varied filters and pages, and on {@code POST /api/matching/job-recommendations}.
 * Prints p50/p95/p99/max and throughput (also to {@code target/benchmark-results.txt}). Target: list/filter
 * p95 ≤ 50 ms. Client and service share this JVM and the machine's cores, so the figures are conservative.
 */
class JobListBenchmark extends JobIntegrationTest {

    private static final int JOBS = Integer.getInteger("benchmark.jobs", 20_000);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 50);
    private static final int LIST_REQUESTS_PER_CLIENT = Integer.getInteger("benchmark.listRequests", 200);
    private static final int RECOMMENDATION_REQUESTS_PER_CLIENT = Integer.getInteger("benchmark.recRequests", 40);
    private static final int WARMUP_PER_CLIENT = 40;
    private static final double LIST_P95_TARGET_MS = 50;
    /** Paced phase: each client lists every PACE_MS (50 clients at 250 ms = 200 requests/s offered). */
    private static final int PACE_MS = Integer.getInteger("benchmark.paceMs", 250);
    private static final int PACED_PER_CLIENT = Integer.getInteger("benchmark.paced", 80);

    /** Set by a paced phase only: 0 means back to back. */
    private volatile long paceNanos;

    private static final String[] CITIES = {"Bengaluru", "Pune", "Mumbai", "Delhi", "Hyderabad", "Chennai",
            "Kolkata", "Ahmedabad", "Noida", "Gurugram", "Berlin", "London", "Amsterdam", "Dublin", "Singapore",
            "Toronto", "New York", "San Francisco", "Austin", "Sydney"};
    private static final String[] COMPANY_WORDS = {"Acme", "Nimbus", "Orion", "Vertex", "Quantum", "Zenith",
            "Helix", "Nova", "Pioneer", "Summit", "Atlas", "Beacon", "Cobalt", "Delta", "Ember", "Falcon", "Granite",
            "Harbor", "Iris", "Juniper", "Kestrel", "Lumen", "Meridian", "Nexus", "Onyx", "Polaris", "Quartz",
            "Radiant", "Sierra", "Titan", "Umbra", "Vega", "Willow", "Xenon", "Yonder", "Zephyr", "Aurora",
            "Boreal", "Cascade", "Dynamo"};
    private static final String[] COMPANY_SUFFIXES = {"Labs", "Systems", "Technologies", "Software", "Analytics"};
    private static final String[] SKILLS = {"Java", "Spring Boot", "Kafka", "Python", "Go", "JavaScript",
            "TypeScript", "React", "Angular", "Node.js", "Kubernetes", "Docker", "AWS", "GCP", "Azure", "PostgreSQL",
            "MySQL", "MongoDB", "SQL", "Machine Learning", "Data Science", "C++", "C#", "Rust", "Kotlin", "GraphQL",
            "REST", "Linux", "Git", "HTML", "CSS", "Terraform", "Spark", "Airflow", "Figma", "Excel", "Tableau",
            "Selenium", "Redis", "Elasticsearch"};
    private static final String[] TITLE_WORDS = {"Backend", "Frontend", "Platform", "Data", "Mobile", "Cloud",
            "Security", "ML", "QA", "DevOps"};

    @LocalServerPort
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    ConfigurableApplicationContext context;

    @Autowired
    KafkaTemplate<String, String> kafka;

    @Autowired
    Candidates candidates;

    @Autowired
    JobIndex index;

    @Test
    void listAndRecommendationLatencyWithTwentyThousandJobs() throws Exception {
        long seeding = System.nanoTime();
        seedJobs();
        long seeded = System.nanoTime();
        // The same rebuilds the service runs at start-up (list index, recommendation view), over the bulk insert.
        context.publishEvent(new ApplicationStartedEvent(new SpringApplication(JobApplication.class), new String[0],
                context, Duration.ZERO));
        long rebuilt = System.nanoTime();
        PacedLoad.report(String.format(Locale.ROOT, "%n== JobListBenchmark: %d jobs inserted in %d ms, start-up rebuild in %d ms, "
                + "%d concurrent clients ==", JOBS, ms(seeded - seeding), ms(rebuilt - seeded), CLIENTS));
        assertThat(api.get("/api/jobs?size=1", bearer("bench-check", "STUDENT")).json().path("totalElements").asLong())
                .isGreaterThanOrEqualTo(JOBS);

        PacedLoad.report("   load average before: " + PacedLoad.loadAverage());
        Result list = run("GET /api/jobs (filters, paging)", CLIENTS, LIST_REQUESTS_PER_CLIENT, (client, random) ->
                HttpRequest.newBuilder(URI.create(base() + "/api/jobs?" + listCall(random).query())).GET());
        PacedLoad.report(String.format(Locale.ROOT, "   list/filter p95 <= %.0f ms at saturation (no think time): %s (load "
                + "average after: %s)", LIST_P95_TARGET_MS, list.p95() <= LIST_P95_TARGET_MS ? "MET" : "MISSED",
                PacedLoad.loadAverage()));
        // The same clients each listing every PACE_MS; latency counted from when the request was due.
        paceNanos = PACE_MS * 1_000_000L;
        Result paced = run("GET /api/jobs (filters, paging) paced " + PACE_MS + " ms", CLIENTS, PACED_PER_CLIENT,
                (client, random) -> HttpRequest.newBuilder(URI.create(base() + "/api/jobs?"
                        + listCall(random).query())).GET());
        paceNanos = 0;
        PacedLoad.report(String.format(Locale.ROOT, "   list/filter p95 <= %.0f ms with %d clients at %d requests/s: %s",
                LIST_P95_TARGET_MS, CLIENTS, CLIENTS * 1000 / PACE_MS,
                paced.p95() <= LIST_P95_TARGET_MS ? "MET" : "MISSED"));
        // Where the time goes: one client alone (service time without queueing), and the index alone.
        run("GET /api/jobs (filters, paging)", 1, 500, (client, random) ->
                HttpRequest.newBuilder(URI.create(base() + "/api/jobs?" + listCall(random).query())).GET());
        indexAlone();

        List<String> seekers = seedProfiles();
        Result recommendations = run("POST /api/matching/job-recommendations", RECOMMENDATION_REQUESTS_PER_CLIENT,
                (client, random) -> HttpRequest.newBuilder(URI.create(base() + "/api/matching/job-recommendations"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(recommendationBody(random))),
                seekers);
        run("POST /api/matching/job-recommendations", 200,
                (client, random) -> HttpRequest.newBuilder(URI.create(base() + "/api/matching/job-recommendations"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(recommendationBody(random))),
                seekers.subList(0, 1));
        PacedLoad.report("   load average at the end: " + PacedLoad.loadAverage());

        assertThat(list.errors() + paced.errors()).as("failed list requests").isZero();
        assertThat(recommendations.errors()).as("failed recommendation requests").isZero();
    }

    /** {@link JobIndex#search} in-process on one thread: the list's own cost, without HTTP, security, JSON. */
    private void indexAlone() throws IOException {
        Random random = new Random(99);
        for (int i = 0; i < 1_000; i++) {
            ListCall call = listCall(random);
            index.search(call.filter(), call.page(), call.size());
        }
        long[] nanos = new long[5_000];
        long started = System.nanoTime();
        for (int i = 0; i < nanos.length; i++) {
            ListCall call = listCall(random);
            long start = System.nanoTime();
            index.search(call.filter(), call.page(), call.size());
            nanos[i] = System.nanoTime() - start;
        }
        long elapsed = System.nanoTime() - started;
        Arrays.sort(nanos);
        PacedLoad.report(String.format(Locale.ROOT, "%-52s n=%d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms  "
                + "throughput=%.0f searches/s", "JobIndex.search in-process [1 thread]", nanos.length,
                PacedLoad.percentileMs(nanos, 50), PacedLoad.percentileMs(nanos, 95), PacedLoad.percentileMs(nanos, 99), nanos[nanos.length - 1] / 1e6,
                nanos.length / (elapsed / 1e9)));
    }

    /** CPU time of this JVM: independent of how busy the rest of the machine is, unlike latency. */
    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private void seedJobs() {
        Random random = new Random(42);
        Instant now = clock.instant();
        List<Job> batch = new ArrayList<>(1_000);
        for (int i = 0; i < JOBS; i++) {
            String company = COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)] + " "
                    + COMPANY_SUFFIXES[random.nextInt(COMPANY_SUFFIXES.length)];
            List<String> skills = pick(random, SKILLS, 2 + random.nextInt(5));
            int minYears = random.nextInt(8);
            JobDetails details = new JobDetails(
                    TITLE_WORDS[random.nextInt(TITLE_WORDS.length)] + " Engineer " + i,
                    "Work on " + String.join(", ", skills) + " at " + company + ".",
                    company, CITIES[random.nextInt(CITIES.length)], random.nextInt(4) == 0,
                    JobType.values()[random.nextInt(JobType.values().length)],
                    new ExperienceRange(minYears, minYears + 1 + random.nextInt(5)), skills,
                    new SalaryRange(500_000L + random.nextInt(20) * 100_000L, 3_000_000L, "INR"),
                    "https://careers.example.com/" + i, now.plus(Duration.ofDays(10 + random.nextInt(80))),
                    random.nextBoolean());
            Instant postedAt = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 60)));
            batch.add(Job.post("bench-" + i, details, SkillNormalizer.standard().normalizeAll(skills),
                    "bench-recruiter-" + random.nextInt(100), "RECRUITER", postedAt));
            if (batch.size() == 1_000) {
                mongo.insert(batch, Job.class);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.insert(batch, Job.class);
        }
    }

    /** One profile per client, through Kafka and the real consumer, like profile-service would send them. */
    private List<String> seedProfiles() {
        ProfileEvents profiles = new ProfileEvents(kafka);
        Random random = new Random(7);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String id = "bench-student-" + i;
            profiles.send(id, ProfileEvents.updated(id, "STUDENT", pick(random, SKILLS, 3 + random.nextInt(4)),
                    CITIES[random.nextInt(CITIES.length)], random.nextInt(10)), Instant.now());
            ids.add(id);
        }
        await().atMost(Duration.ofSeconds(60)).until(() -> ids.stream().allMatch(id -> candidates.find(id).isPresent()));
        return ids;
    }

    /** One list request: the filter as the controller builds it, and the same as query parameters. */
    record ListCall(JobFilter filter, int page, int size) {

        String query() {
            List<String> params = new ArrayList<>();
            if (filter.company() != null) {
                params.add("company=" + enc(filter.company()));
            }
            if (filter.location() != null) {
                params.add("location=" + enc(filter.location()));
            }
            if (!filter.skills().isEmpty()) {
                params.add("skills=" + enc(String.join(",", filter.skills())));
            }
            if (filter.jobType() != null) {
                params.add("jobType=" + filter.jobType());
            }
            if (filter.remote() != null) {
                params.add("remote=" + filter.remote());
            }
            if (filter.q() != null) {
                params.add("q=" + enc(filter.q()));
            }
            params.add("page=" + page);
            params.add("size=" + size);
            return String.join("&", params);
        }
    }

    /** Filters alone and combined, mostly first pages, some deeper ones and bigger pages. */
    static ListCall listCall(Random random) {
        String company = null;
        String location = null;
        List<String> skills = List.of();
        JobType jobType = null;
        Boolean remote = null;
        String q = null;
        switch (random.nextInt(10)) {
            case 0 -> { }
            case 1 -> company = COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)];
            case 2 -> location = CITIES[random.nextInt(CITIES.length)];
            case 3 -> skills = pick(random, SKILLS, 1 + random.nextInt(2));
            case 4 -> jobType = JobType.values()[random.nextInt(JobType.values().length)];
            case 5 -> remote = true;
            case 6 -> {
                skills = pick(random, SKILLS, 1);
                location = CITIES[random.nextInt(CITIES.length)];
            }
            case 7 -> {
                company = COMPANY_WORDS[random.nextInt(COMPANY_WORDS.length)];
                remote = random.nextBoolean();
            }
            case 8 -> {
                jobType = JobType.values()[random.nextInt(JobType.values().length)];
                location = CITIES[random.nextInt(CITIES.length)];
                skills = pick(random, SKILLS, 1);
            }
            default -> q = TITLE_WORDS[random.nextInt(TITLE_WORDS.length)] + " " + SKILLS[random.nextInt(SKILLS.length)];
        }
        return new ListCall(new JobFilter(company, location, skills, jobType, remote, q),
                random.nextInt(3) == 0 ? random.nextInt(10) : 0, random.nextInt(4) == 0 ? 50 : 20);
    }

    private static String recommendationBody(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> "{}";
            case 1 -> "{\"remoteOnly\":true}";
            case 2 -> "{\"limit\":20}";
            default -> "{\"location\":\"" + CITIES[random.nextInt(CITIES.length)] + "\",\"limit\":10}";
        };
    }

    record Result(double p95, int errors) {
    }

    private Result run(String name, int clients, int perClient,
            BiFunction<Integer, Random, HttpRequest.Builder> request) throws Exception {
        List<String> users = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            users.add("bench-reader-" + i);
        }
        return run(name, perClient, request, users);
    }

    /** Each client its own user; the loop itself is the starter's {@link PacedLoad}. */
    private Result run(String name, int perClient, BiFunction<Integer, Random, HttpRequest.Builder> request,
            List<String> users) throws Exception {
        int clients = users.size();
        String[] bearers = users.stream().map(u -> TestJwts.user(u).roles("STUDENT").bearer()).toArray(String[]::new);
        long[] cpu = new long[2];
        PacedLoad.Outcome outcome = PacedLoad.run(clients, WARMUP_PER_CLIENT, perClient, paceNanos,
                (client, random) -> request.apply(client, random).header("Authorization", bearers[client])
                        .timeout(Duration.ofSeconds(30)).build(),
                new PacedLoad.Hooks() {
                    @Override
                    public void measuring() {
                        cpu[0] = processCpuNanos();
                    }

                    @Override
                    public void measured() {
                        cpu[1] = processCpuNanos();
                    }
                });
        PacedLoad.report(outcome.summary(name + " [" + clients + " clients]") + String.format(Locale.ROOT,
                "  cpu=%.2f ms/req (service + clients, this JVM)",
                (cpu[1] - cpu[0]) / 1e6 / Math.max(1, outcome.sortedNanos().length)));
        return new Result(outcome.p95(), outcome.errors());
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static List<String> pick(Random random, String[] from, int count) {
        List<String> pool = new ArrayList<>(Arrays.asList(from));
        List<String> picked = new ArrayList<>(count);
        for (int i = 0; i < count && !pool.isEmpty(); i++) {
            picked.add(pool.remove(random.nextInt(pool.size())));
        }
        return picked;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

}
