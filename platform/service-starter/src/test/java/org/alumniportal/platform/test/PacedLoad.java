package org.alumniportal.platform.test;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The services' HTTP load loop, written once: {@code clients} concurrent clients, each with its own keep-alive
 * connection, first a warm-up that is not measured, then {@code perClient} requests each, back to back or paced
 * (one every {@code paceNanos}, clients staggered). A paced request's latency counts from when it was due, so a
 * queue behind a slow answer is not hidden (no coordinated omission). Anything but a 200 counts as an error.
 */
public final class PacedLoad {

    /** The next request of one client; {@code random} is that client's own, seeded for repeatable runs. */
    @FunctionalInterface
    public interface Requests {
        HttpRequest next(int client, Random random);
    }

    /** Called on the benchmark's thread around the measured phase (CPU snapshots, counters). */
    public interface Hooks {
        default void measuring() {
        }

        default void measured() {
        }
    }

    /** Sorted latencies of a measured phase, its errors and its wall time. */
    public record Outcome(long[] sortedNanos, int errors, long elapsedNanos) {

        public double percentileMs(int p) {
            return PacedLoad.percentileMs(sortedNanos, p);
        }

        public double p95() {
            return percentileMs(95);
        }

        public double maxMs() {
            return sortedNanos.length == 0 ? 0 : sortedNanos[sortedNanos.length - 1] / 1e6;
        }

        public double perSecond() {
            return sortedNanos.length / (elapsedNanos / 1e9);
        }

        /** The benchmarks' common result line: count, p50/p95/p99/max, throughput, errors. */
        public String summary(String name) {
            return String.format(Locale.ROOT,
                    "%-52s n=%d  p50=%.1f ms  p95=%.1f ms  p99=%.1f ms  max=%.1f ms  throughput=%.0f req/s  errors=%d",
                    name, sortedNanos.length, percentileMs(50), p95(), percentileMs(99), maxMs(), perSecond(),
                    errors);
        }
    }

    private PacedLoad() {
    }

    public static Outcome run(int clients, int warmupPerClient, int perClient, long paceNanos, Requests requests)
            throws Exception {
        return run(clients, warmupPerClient, perClient, paceNanos, requests, new Hooks() { });
    }

    public static Outcome run(int clients, int warmupPerClient, int perClient, long paceNanos, Requests requests,
            Hooks hooks) throws Exception {
        AtomicInteger errors = new AtomicInteger();
        long[][] latencies = new long[clients][];
        // One connection per client through warm-up and measurement, so both use the same warmed connection.
        HttpClient[] https = new HttpClient[clients];
        for (int c = 0; c < clients; c++) {
            https[c] = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            phase(pool, clients, c -> drive(https[c], requests, c, clients, warmupPerClient, 0, errors,
                    new long[warmupPerClient]));
            errors.set(0);
            hooks.measuring();
            long started = System.nanoTime();
            phase(pool, clients, c -> {
                latencies[c] = new long[perClient];
                drive(https[c], requests, c, clients, perClient, paceNanos, errors, latencies[c]);
            });
            long elapsed = System.nanoTime() - started;
            hooks.measured();
            long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
            return new Outcome(all, errors.get(), elapsed);
        } finally {
            pool.shutdownNow();
        }
    }

    private interface ClientTask {
        void run(int client);
    }

    private static void phase(ExecutorService pool, int clients, ClientTask task) throws Exception {
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int client = c;
            running.add(pool.submit(() -> task.run(client)));
        }
        for (Future<?> f : running) {
            f.get();
        }
    }

    private static void drive(HttpClient http, Requests requests, int client, int clients, int count, long pace,
            AtomicInteger errors, long[] latencies) {
        Random random = new Random(client * 31L + count);
        long first = System.nanoTime() + pace * client / clients;
        for (int i = 0; i < count; i++) {
            HttpRequest request = requests.next(client, random);
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

    /** The p-th percentile of sorted nanoseconds, in milliseconds (nearest rank). */
    public static double percentileMs(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Prints a result line and appends it to {@code target/benchmark-results.txt}. */
    public static void report(String line) {
        System.out.println(line);
        try {
            Path results = Path.of("target", "benchmark-results.txt");
            Files.createDirectories(results.getParent());
            Files.writeString(results, line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            System.out.println("(could not append to target/benchmark-results.txt: " + e.getMessage() + ")");
        }
    }

    /** {@code /proc/loadavg}: how busy the machine was, which a reader of the figures needs to know. */
    public static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
