package org.alumniportal.profile.search;

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
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.alumniportal.platform.test.PortalIntegrationTest;
import org.alumniportal.platform.test.PacedLoad;
import org.alumniportal.platform.test.TestJwts;
import org.alumniportal.profile.profile.Profile;
import org.alumniportal.profile.profile.ProfileDetails;
import org.alumniportal.profile.profile.Visibility;

/**
 * The directory under load (run with {@code ./mvnw -o -B -pl profile-service verify -Pbenchmark}): 100,000
 * generated profiles bulk-inserted into the store, the start-up rebuild run over them, then 50 concurrent HTTP
 * clients (java.net.http, one keep-alive connection and one user each) on search with two filters, the directory,
 * the filter options and the connection suggestions. Prints p50/p95/p99/max and throughput, also to
 * {@code target/benchmark-results.txt}. Target: search p95 ≤ 50 ms at the service. Clients and service share this
 * JVM and the machine's two cores (with whatever else runs), so the figures are conservative; the in-process
 * figures at the end show the index's own share.
 */
@Import(DirectorySearchBenchmark.ServiceTiming.class)
@TestPropertySource(properties = {"portal.search.budget.capacity=100000000",
        "portal.search.budget.refill-per-minute=100000000"})
class DirectorySearchBenchmark extends PortalIntegrationTest {

    private static final int PROFILES = Integer.getInteger("benchmark.profiles", 100_000);
    private static final int CLIENTS = Integer.getInteger("benchmark.clients", 50);
    private static final int SEARCHES_PER_CLIENT = Integer.getInteger("benchmark.searches", 200);
    private static final int OTHER_PER_CLIENT = Integer.getInteger("benchmark.others", 60);
    private static final int WARMUP_PER_CLIENT = 40;
    private static final double SEARCH_P95_TARGET_MS = 50;
    /** Paced phase: each client searches every PACE_MS (50 clients at 250 ms = 200 searches/s offered). */
    private static final int PACE_MS = Integer.getInteger("benchmark.paceMs", 250);
    private static final int PACED_PER_CLIENT = Integer.getInteger("benchmark.paced", 80);

    private static final String[] CITIES = {"Bengaluru", "Pune", "Mumbai", "Delhi", "Hyderabad", "Chennai",
            "Kolkata", "Ahmedabad", "Noida", "Gurugram", "Berlin", "London", "Amsterdam", "Dublin", "Singapore",
            "Toronto", "New York", "San Francisco", "Austin", "Sydney"};
    private static final String[] COMPANIES = {"Acme", "Nimbus", "Orion", "Vertex", "Quantum", "Zenith", "Helix",
            "Nova", "Pioneer", "Summit", "Atlas", "Beacon", "Cobalt", "Delta", "Ember", "Falcon", "Granite", "Harbor",
            "Iris", "Juniper", "Kestrel", "Lumen", "Meridian", "Nexus", "Onyx", "Polaris", "Quartz", "Radiant",
            "Sierra", "Titan"};
    private static final String[] SUFFIXES = {"Labs", "Systems", "Technologies", "Software", "Analytics"};
    private static final String[] SKILLS = {"Java", "Spring Boot", "Kafka", "Python", "Go", "JavaScript",
            "TypeScript", "React", "Angular", "Node.js", "Kubernetes", "Docker", "AWS", "GCP", "Azure", "PostgreSQL",
            "MySQL", "MongoDB", "SQL", "Machine Learning", "Data Science", "C++", "C#", "Rust", "Kotlin", "GraphQL",
            "REST", "Linux", "Git", "Terraform", "Spark", "Airflow", "Figma", "Excel", "Tableau", "Redis"};
    private static final String[] ROLES = {"Software Engineer", "Senior Software Engineer", "Data Scientist",
            "Product Manager", "Engineering Manager", "DevOps Engineer", "QA Engineer", "Designer", "Analyst",
            "Architect"};
    private static final String[] FIRST = {"Aarav", "Vivaan", "Aditya", "Ananya", "Diya", "Isha", "Kabir", "Meera",
            "Rohan", "Saanvi", "Arjun", "Priya", "Neha", "Rahul", "Sneha", "Vikram", "Kavya", "Nikhil", "Pooja",
            "Amit"};
    private static final String[] LAST = {"Sharma", "Verma", "Gupta", "Iyer", "Nair", "Reddy", "Patel", "Shah",
            "Mehta", "Rao", "Khan", "Das", "Bose", "Kulkarni", "Joshi", "Menon", "Pillai", "Singh", "Chopra", "Jain"};

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoTemplate mongo;

    @Autowired
    DirectorySync sync;

    @Autowired
    DirectoryIndex index;

    /**
     * Time spent inside the service per request (from the first servlet filter, security included, to the
     * response written): the "at the service" figure, without the clients' own queueing and parsing.
     */
    @TestConfiguration(proxyBeanMethods = false)
    static class ServiceTiming {

        static final ConcurrentLinkedQueue<Long> NANOS = new ConcurrentLinkedQueue<>();

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> serviceTimingFilter() {
            FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(
                    new OncePerRequestFilter() {
                        @Override
                        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                FilterChain chain) throws ServletException, IOException {
                            long start = System.nanoTime();
                            try {
                                chain.doFilter(request, response);
                            } finally {
                                NANOS.add(System.nanoTime() - start);
                            }
                        }
                    });
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }

    @Test
    void searchDirectoryAndOptionsWithOneHundredThousandProfiles() throws Exception {
        long seeding = System.nanoTime();
        seed();
        long seeded = System.nanoTime();
        sync.rebuild(); // what the service runs at start-up, now over the bulk insert
        long rebuilt = System.nanoTime();
        PacedLoad.report(String.format(Locale.ROOT, "%n== DirectorySearchBenchmark: %d profiles inserted in %d ms, start-up "
                + "rebuild in %d ms, %d concurrent clients, %d cores, load average %s ==", PROFILES,
                ms(seeded - seeding), ms(rebuilt - seeded), CLIENTS, Runtime.getRuntime().availableProcessors(),
                PacedLoad.loadAverage()));
        assertThat(index.size()).isGreaterThanOrEqualTo(PROFILES);

        // Saturation: every client sends its next search the moment the last one answers (no think time), so the
        // latency is 50 / throughput by Little's law and shows what two cores can do.
        Result search = run("GET /api/profiles/search (2 filters)", CLIENTS, SEARCHES_PER_CLIENT, 0,
                r -> "/api/profiles/search?" + twoFilters(r));
        PacedLoad.report(String.format(Locale.ROOT, "   search p95 <= %.0f ms at saturation: %s (load average after: %s)",
                SEARCH_P95_TARGET_MS, search.p95() <= SEARCH_P95_TARGET_MS ? "MET" : "MISSED", PacedLoad.loadAverage()));
        // Paced: the same 50 clients each searching every PACE_MS, latency counted from when the search was due
        // (a late start counts against the service, no coordinated omission).
        Result paced = run("GET /api/profiles/search (2 filters) paced " + PACE_MS + " ms", CLIENTS,
                PACED_PER_CLIENT, PACE_MS, r -> "/api/profiles/search?" + twoFilters(r));
        PacedLoad.report(String.format(Locale.ROOT, "   search p95 <= %.0f ms with 50 clients at %d searches/s: %s",
                SEARCH_P95_TARGET_MS, CLIENTS * 1000 / PACE_MS, paced.p95() <= SEARCH_P95_TARGET_MS ? "MET" : "MISSED"));
        Result directory = run("GET /api/profiles/directory", CLIENTS, OTHER_PER_CLIENT, 0,
                r -> "/api/profiles/directory?sort=" + (r.nextBoolean() ? "name" : "recent") + "&page="
                        + r.nextInt(10) + "&size=" + (r.nextInt(4) == 0 ? 50 : 20));
        Result options = run("GET /api/profiles/filters/options", CLIENTS, OTHER_PER_CLIENT, 0,
                r -> "/api/profiles/filters/options");
        Result suggestions = run("POST /api/matching/alumni-connections", CLIENTS, OTHER_PER_CLIENT, 0, null);
        // Service time without queueing behind 49 other clients.
        run("GET /api/profiles/search (2 filters)", 1, 500, 0, r -> "/api/profiles/search?" + twoFilters(r));
        indexAlone();
        PacedLoad.report("   load average at the end: " + PacedLoad.loadAverage());

        assertThat(search.errors() + paced.errors() + directory.errors() + options.errors() + suggestions.errors())
                .as("failed requests").isZero();
    }

    /** Two filters per search, in varied pairs, mostly first pages. */
    static String twoFilters(Random r) {
        String pair = switch (r.nextInt(5)) {
            case 0 -> "skills=" + enc(pick(r, SKILLS)) + "&batchYear=" + (2000 + r.nextInt(25));
            case 1 -> "company=" + enc(pick(r, COMPANIES)) + "&location=" + enc(pick(r, CITIES));
            case 2 -> "skills=" + enc(pick(r, SKILLS)) + "&location=" + enc(pick(r, CITIES));
            case 3 -> "jobRole=" + enc(pick(r, ROLES)) + "&batchYear=" + (2000 + r.nextInt(25));
            default -> "name=" + enc(pick(r, FIRST).substring(0, 4).toLowerCase(Locale.ROOT)) + "&verifiedOnly=true";
        };
        return pair + "&page=" + (r.nextInt(4) == 0 ? r.nextInt(5) : 0);
    }

    private void seed() {
        Random r = new Random(42);
        Instant start = Instant.parse("2026-01-01T00:00:00Z");
        List<Profile> batch = new ArrayList<>(1_000);
        for (int i = 0; i < PROFILES; i++) {
            // The first CLIENTS profiles belong to the benchmark's users (suggestions need a profile): alumni, open.
            boolean client = i < CLIENTS;
            int v = r.nextInt(100);
            Visibility visibility = client || v < 80 ? Visibility.SIGNED_IN : v < 92 ? Visibility.ALUMNI_ONLY
                    : Visibility.HIDDEN;
            List<String> skills = new ArrayList<>();
            int skillCount = 2 + r.nextInt(5);
            while (skills.size() < skillCount) {
                String s = pick(r, SKILLS);
                if (!skills.contains(s)) {
                    skills.add(s);
                }
            }
            ProfileDetails details = new ProfileDetails(pick(r, FIRST) + " " + pick(r, LAST), "Working on "
                    + skills.get(0), null, pick(r, COMPANIES) + " " + pick(r, SUFFIXES), pick(r, ROLES),
                    pick(r, CITIES), 2000 + r.nextInt(25), List.of(), List.of(), skills, List.of(), Map.of(), null,
                    visibility, null);
            Instant at = start.plusSeconds(r.nextInt(300 * 24 * 3600));
            Profile p = Profile.create(userId(i), client || r.nextInt(10) > 0 ? "ALUMNI" : "STUDENT",
                    "bench" + i + "@alumni.test", details, at);
            if (r.nextBoolean()) {
                p.verify("bench-admin", at);
            }
            batch.add(p);
            if (batch.size() == 1_000) {
                mongo.insert(batch, Profile.class);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            mongo.insert(batch, Profile.class);
        }
    }

    record Result(double p95, int errors) {
    }

    /**
     * {@code path == null}: the suggestions POST. The loop (warm-up, pacing, latency from when a request was due) is
     * the starter's {@link PacedLoad}; here the CPU split by thread kind and the time inside the service.
     */
    private Result run(String name, int clients, int perClient, int paceMs, Function<Random, String> path)
            throws Exception {
        // Half the clients are students, half alumni: both privacy audiences are exercised.
        String[] bearers = new String[clients];
        for (int c = 0; c < clients; c++) {
            bearers[c] = TestJwts.user(userId(c)).roles(c % 2 == 0 ? "STUDENT" : "ALUMNI").bearer();
        }
        List<Map<Long, Map.Entry<String, Long>>> cpuSnapshots = new ArrayList<>();
        long[] processCpu = new long[2];
        PacedLoad.Outcome outcome = PacedLoad.run(clients, WARMUP_PER_CLIENT, perClient, paceMs * 1_000_000L,
                (client, random) -> {
                    HttpRequest.Builder request = path == null
                            ? HttpRequest.newBuilder(URI.create(base() + "/api/matching/alumni-connections"))
                                    .header("Content-Type", "application/json")
                                    .POST(HttpRequest.BodyPublishers.ofString("{\"limit\":10}"))
                            : HttpRequest.newBuilder(URI.create(base() + path.apply(random))).GET();
                    return request.header("Authorization", bearers[client]).timeout(Duration.ofSeconds(30)).build();
                },
                new PacedLoad.Hooks() {
                    @Override
                    public void measuring() {
                        ServiceTiming.NANOS.clear();
                        cpuSnapshots.add(cpuByThread());
                        processCpu[0] = processCpuNanos();
                    }

                    @Override
                    public void measured() {
                        cpuSnapshots.add(cpuByThread());
                        processCpu[1] = processCpuNanos();
                    }
                });
        int n = Math.max(1, outcome.sortedNanos().length);
        Map<String, Long> cpu = cpuSpent(cpuSnapshots.get(0), cpuSnapshots.get(1));
        long spent = processCpu[1] - processCpu[0];
        PacedLoad.report(outcome.summary(name + " [" + clients + " clients]"));
        PacedLoad.report(String.format(Locale.ROOT, "%-52s process %.2f = service threads %.2f + client threads %.2f + "
                + "rest (GC, JIT, Kafka…) %.2f", "   ...CPU ms per request", spent / 1e6 / n,
                cpu.get("service") / 1e6 / n, cpu.get("client") / 1e6 / n,
                (spent - cpu.get("service") - cpu.get("client")) / 1e6 / n));
        long[] service = ServiceTiming.NANOS.stream().mapToLong(Long::longValue).sorted().toArray();
        if (service.length > 0) {
            PacedLoad.report(String.format(Locale.ROOT, "%-52s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms",
                    "   ...inside the service", service.length, PacedLoad.percentileMs(service, 50),
                    PacedLoad.percentileMs(service, 95), PacedLoad.percentileMs(service, 99),
                    service[service.length - 1] / 1e6));
        }
        return new Result(outcome.p95(), outcome.errors());
    }

    /** CPU time so far of each live thread, by id, with its kind: "service", "client" or "other". */
    private static Map<Long, Map.Entry<String, Long>> cpuByThread() {
        java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<Long, Map.Entry<String, Long>> cpu = new java.util.HashMap<>();
        for (java.lang.management.ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info != null) {
                String name = info.getThreadName();
                String kind = name.startsWith("http-nio") ? "service"
                        : name.startsWith("pool-") || name.startsWith("HttpClient") ? "client" : "other";
                long threadCpu = Math.max(0, threads.getThreadCpuTime(info.getThreadId()));
                cpu.put(info.getThreadId(), Map.entry(kind, threadCpu));
            }
        }
        return cpu;
    }

    /**
     * CPU spent between the two snapshots by the threads alive at the second one, per kind. Threads that ended in
     * between (earlier runs' clients) are left out; this run's own clients are still alive at the second snapshot.
     */
    private static Map<String, Long> cpuSpent(Map<Long, Map.Entry<String, Long>> before,
            Map<Long, Map.Entry<String, Long>> after) {
        Map<String, Long> spent = new java.util.HashMap<>(Map.of("service", 0L, "client", 0L, "other", 0L));
        after.forEach((id, now) -> {
            long earlier = before.containsKey(id) ? before.get(id).getValue() : 0;
            spent.merge(now.getKey(), Math.max(0, now.getValue() - earlier), Long::sum);
        });
        return spent;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
                .getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** The index alone on one thread: what each call costs without HTTP, security and JSON. */
    private void indexAlone() throws IOException {
        Random r = new Random(99);
        inProcess("DirectoryIndex.search (skills+batch)", () -> index.search(new SearchCriteria(null, null, null,
                List.of(pick(r, SKILLS)), 2000 + r.nextInt(25), null, null, false), audience(r), 0, 20));
        inProcess("DirectoryIndex.search (name+verifiedOnly)", () -> index.search(new SearchCriteria(null,
                pick(r, FIRST).substring(0, 4), null, List.of(), null, null, null, true), audience(r), 0, 20));
        inProcess("DirectoryIndex.directory", () -> index.directory(audience(r), r.nextBoolean() ? DirectoryOrder.NAME
                : DirectoryOrder.RECENT, r.nextInt(10), 20));
        inProcess("DirectoryIndex.options (cached)", () -> index.options(audience(r)));
        inProcess("DirectoryIndex.related (suggestion candidates)", () -> index.related(
                index.entry(userId(r.nextInt(CLIENTS))).orElseThrow(), audience(r), 30, 10, 15, 8, 2));
    }

    private static Audience audience(Random r) {
        return r.nextBoolean() ? Audience.MEMBERS : Audience.ALUMNI;
    }

    private static void inProcess(String name, Runnable call) throws IOException {
        long[] nanos = new long[3_000];
        for (int i = -500; i < nanos.length; i++) {
            long start = System.nanoTime();
            call.run();
            if (i >= 0) {
                nanos[i] = System.nanoTime() - start;
            }
        }
        long total = Arrays.stream(nanos).sum();
        Arrays.sort(nanos);
        PacedLoad.report(String.format(Locale.ROOT, "%-52s n=%d  p50=%.2f ms  p95=%.2f ms  p99=%.2f ms  max=%.2f ms  "
                + "throughput=%.0f calls/s", name + " in-process [1 thread]", nanos.length, PacedLoad.percentileMs(nanos, 50),
                PacedLoad.percentileMs(nanos, 95), PacedLoad.percentileMs(nanos, 99), nanos[nanos.length - 1] / 1e6,
                nanos.length / (total / 1e9)));
    }

    private static String userId(int i) {
        return "bench-" + i;
    }

    private String base() {
        return "http://127.0.0.1:" + port;
    }

    private static String pick(Random r, String[] values) {
        return values[r.nextInt(values.length)];
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static long ms(long nanos) {
        return nanos / 1_000_000;
    }

}
