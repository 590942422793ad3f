package org.alumniportal.e2e;

import static org.alumniportal.e2e.BenchmarkOutput.loadAverage;
import static org.alumniportal.e2e.BenchmarkOutput.report;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * How long {@code ./portal up} takes and how much memory the suite holds, cold and warm (run with
 * {@code ./mvnw -o -B -pl e2e verify -Pbenchmark -Dit.test=StartupBenchmark}). Cold is the first {@code up} on a
 * new data folder after {@code ./portal build}: the jars, Keycloak's own build and the class-data archives trained
 * from the jars exist in the checkout ({@code ./portal prepare}, run and timed first), while the folder has no
 * data, no extracted jars and no archive of its own yet. Warm is every later {@code up} of the same folder (after
 * {@code down}). Prints each component's time from its launch and from the
 * start of {@code up}, the CPU seconds it used until the suite was healthy, the whole suite's time, and the
 * resident memory of all its processes once settled.
 * Targets (issue 11): healthy in ≤ 45 s warm and ≤ 60 s cold, ≤ 3.5 GiB resident.
 */
class StartupBenchmark {

    private static final int WARM_RUNS = Integer.getInteger("benchmark.warmRuns", 2);
    private static final int SETTLE_SECONDS = Integer.getInteger("benchmark.settleSeconds", 20);
    private static final Pattern UP = Pattern.compile("^(\\S+) UP after (\\d+) s, at (\\d+) s$");
    private static final Pattern HEALTHY = Pattern.compile("^healthy in (\\d+) s");

    @Test
    void coldAndWarmStartsAndResidentMemory() throws Exception {
        PortalStack stack = new PortalStack(PortalStack.rootFromSystemProperty());
        List<Run> runs = new ArrayList<>();
        long prepareStart = System.nanoTime();
        stack.prepare();
        long prepareSeconds = Duration.ofNanos(System.nanoTime() - prepareStart).toSeconds();
        try {
            for (int i = 0; i <= WARM_RUNS; i++) {
                String kind = i == 0 ? "cold" : "warm " + i;
                long start = System.nanoTime();
                stack.up();
                Duration wall = Duration.ofNanos(System.nanoTime() - start);
                Run run = Run.parse(kind, stack.lastOutput(), wall);
                Map<String, Long> cpuToHealthy = new LinkedHashMap<>();
                stack.residentMemoryMiBByComponent().keySet()
                        .forEach(c -> cpuToHealthy.put(c, stack.cpuTime(c).toMillis() / 1000));
                Thread.sleep(SETTLE_SECONDS * 1000L);
                runs.add(run.withMemory(stack.residentMemoryMiB(), stack.residentMemoryMiBByComponent(), cpuToHealthy));
                assertThat(stack.down()).as("./portal down").isZero();
                assertThat(stack.processesWithDescendants()).as("processes left after down").isEmpty();
            }
        } finally {
            stack.down();
            if (stack.processesWithDescendants().isEmpty()) {
                stack.deleteAllButLogs();
            }
        }
        report(String.format(Locale.ROOT, "%n== StartupBenchmark: %d cores, load average %s ==",
                Runtime.getRuntime().availableProcessors(), loadAverage()));
        report(String.format(Locale.ROOT, "./portal prepare (Keycloak's build and CDS training when the checkout has "
                + "none for these jars; part of ./portal build) took %d s", prepareSeconds));
        StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "%-22s", "component"));
        runs.forEach(r -> header.append(String.format(Locale.ROOT, " | %-35s", r.kind() + " (own s / at s / cpu s / MiB)")));
        report(header.toString());
        for (String component : runs.get(0).componentSeconds().keySet()) {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-22s", component));
            for (Run r : runs) {
                int[] t = r.componentSeconds().getOrDefault(component, new int[] {-1, -1});
                line.append(String.format(Locale.ROOT, " | %8d %8d %8d %8d", t[0], t[1],
                        r.cpuSeconds().getOrDefault(component, -1L),
                        r.residentByComponent().getOrDefault(component, -1L)));
            }
            report(line.toString());
        }
        for (Run r : runs) {
            boolean cold = r.kind().equals("cold");
            int target = cold ? 60 : 45;
            report(String.format(Locale.ROOT, "%-8s healthy in %d s (./portal up took %d s wall; target <= %d s: %s), "
                    + "resident %d MiB (target <= 3584: %s)", r.kind(), r.healthySeconds(), r.wall().toSeconds(),
                    target, r.healthySeconds() <= target ? "MET" : "MISSED", r.residentMiB(),
                    r.residentMiB() <= 3584 ? "MET" : "MISSED"));
        }
    }

    private record Run(String kind, Map<String, int[]> componentSeconds, int healthySeconds, Duration wall,
            long residentMiB, Map<String, Long> residentByComponent, Map<String, Long> cpuSeconds) {

        static Run parse(String kind, List<String> output, Duration wall) {
            Map<String, int[]> components = new LinkedHashMap<>();
            int healthy = -1;
            for (String line : output) {
                Matcher up = UP.matcher(line.strip());
                if (up.find()) {
                    components.put(up.group(1), new int[] {Integer.parseInt(up.group(2)),
                            Integer.parseInt(up.group(3))});
                }
                Matcher done = HEALTHY.matcher(line.strip());
                if (done.find()) {
                    healthy = Integer.parseInt(done.group(1));
                }
            }
            assertThat(healthy).as("./portal up printed 'healthy in N s'").isPositive();
            return new Run(kind, components, healthy, wall, 0, Map.of(), Map.of());
        }

        Run withMemory(long total, Map<String, Long> byComponent, Map<String, Long> cpu) {
            return new Run(kind, componentSeconds, healthySeconds, wall, total, byComponent, cpu);
        }
    }
}
