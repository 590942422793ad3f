package org.alumniportal.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;

/** What every benchmark of the stack prints the same way: its lines (also kept in a file), percentiles, the load. */
final class BenchmarkOutput {

    private BenchmarkOutput() {
    }

    /** Prints a line and appends it to {@code target/benchmark-results.txt}. */
    static void report(String line) {
        System.out.println(line);
        try {
            Path results = Path.of("target", "benchmark-results.txt");
            Files.createDirectories(results.getParent());
            Files.writeString(results, line + System.lineSeparator(), StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The machine's load averages as /proc/loadavg gives them. */
    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    /** The p-th percentile of sorted nanosecond latencies, in milliseconds (nearest rank). */
    static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    /** Every round's latencies in one sorted array. */
    static long[] merged(List<long[]> rounds) {
        return rounds.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    }
}
