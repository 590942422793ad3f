package org.alumniportal.analytics.readmodel;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;

/**
 * Start without replaying every topic: the {@link Population} is saved with the offsets it reflects (every
 * {@code interval} when it changed, and at shutdown) and restored at start, and the listener resumes each partition
 * from the saved offset. State and offsets are captured together under one lock that applying an event also holds,
 * so a checkpoint never holds an event without its offset or the reverse. A checkpoint of another
 * {@link Population#PROJECTION_VERSION} is ignored (the models are replayed from offset 0), and a rebuild forgets it.
 */
@Component
@EnableConfigurationProperties(CheckpointProperties.class)
public class ReadModelCheckpoints {

    private static final Logger log = LoggerFactory.getLogger(ReadModelCheckpoints.class);

    /** What the last restore did, for the rebuild status and the restart test. */
    public record Restore(Instant checkpointTakenAt, long bytes, long millis, String outcome) {
    }

    private final Population population;
    private final CheckpointStore store;
    private final CheckpointProperties properties;
    private final Clock clock;
    private final Object applying = new Object();
    private final Map<String, Long> nextOffsets = new HashMap<>();
    private final ScheduledExecutorService saver = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "analytics-checkpoint");
        thread.setDaemon(true);
        return thread;
    });
    private volatile Map<String, Long> resumeFrom = Map.of();
    private volatile Restore restore = new Restore(null, 0, 0, "none");
    private long savedVersion = -1;

    ReadModelCheckpoints(Population population, CheckpointStore store, CheckpointProperties properties, Clock clock) {
        this.population = population;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** Before the listener starts: the listener asks {@link #resumeOffset} when its partitions are assigned. */
    @PostConstruct
    void restore() {
        if (!properties.enabled()) {
            restore = new Restore(null, 0, 0, "disabled");
            return;
        }
        long started = System.nanoTime();
        var found = store.read();
        long millis = (System.nanoTime() - started) / 1_000_000;
        if (found.isEmpty()) {
            restore = new Restore(null, 0, millis, "none");
            log.info("No read-model checkpoint: replaying every topic from offset 0");
        } else if (found.get().state() == null) {
            restore = new Restore(found.get().takenAt(), found.get().bytes(), millis, "version-changed");
            log.info("Read-model checkpoint of projection version {} or of another byte format ignored (now {}, "
                    + "format {}): replaying every topic from offset 0", found.get().version(),
                    Population.PROJECTION_VERSION, CheckpointCodec.FORMAT);
        } else {
            population.importState(found.get().state());
            synchronized (applying) {
                nextOffsets.putAll(found.get().offsets());
            }
            resumeFrom = Map.copyOf(found.get().offsets());
            millis = (System.nanoTime() - started) / 1_000_000;
            restore = new Restore(found.get().takenAt(), found.get().bytes(), millis, "restored");
            log.info("Read models restored from the checkpoint of {} ({} bytes, {} partitions) in {} ms",
                    found.get().takenAt(), found.get().bytes(), resumeFrom.size(), millis);
        }
        long every = properties.interval().toMillis();
        saver.scheduleWithFixedDelay(this::saveIfChanged, every, every, TimeUnit.MILLISECONDS);
    }

    /** Applies one record's event and remembers the partition's next offset, atomically for a checkpoint. */
    void applying(String topic, int partition, long offset, Runnable apply) {
        synchronized (applying) {
            apply.run();
            nextOffsets.put(key(topic, partition), offset + 1);
        }
    }

    /** The offset to resume a partition from, or null to read it from the beginning. */
    Long resumeOffset(TopicPartition partition) {
        return resumeFrom.get(key(partition.topic(), partition.partition()));
    }

    /** Saves the current state now (also what the interval and the shutdown do); returns the bytes written. */
    public synchronized long checkpoint() {
        if (!properties.enabled()) {
            return 0;
        }
        PopulationState state;
        Map<String, Long> offsets;
        long version;
        synchronized (applying) {
            state = population.exportState();
            offsets = Map.copyOf(nextOffsets);
            version = population.version();
        }
        long started = System.nanoTime();
        long bytes = store.write(state, offsets, Population.PROJECTION_VERSION, clock.instant());
        savedVersion = version;
        log.info("Read-model checkpoint saved: {} bytes, {} partitions, in {} ms", bytes, offsets.size(),
                (System.nanoTime() - started) / 1_000_000);
        return bytes;
    }

    /** A rebuild: {@code reset} empties the models, and no checkpoint survives, so a restart replays from 0 too. */
    void forget(Runnable reset) {
        synchronized (applying) {
            reset.run();
            nextOffsets.clear();
            resumeFrom = Map.of();
            store.discard();
        }
    }

    public Restore lastRestore() {
        return restore;
    }

    private void saveIfChanged() {
        try {
            boolean anyOffset;
            synchronized (applying) {
                anyOffset = !nextOffsets.isEmpty();
            }
            if (anyOffset && population.version() != savedVersion) {
                checkpoint();
            }
        } catch (RuntimeException e) {
            log.warn("Read-model checkpoint failed; the previous one stays in force", e);
        }
    }

    @PreDestroy
    void saveAtShutdown() {
        saver.shutdownNow();
        saveIfChanged();
    }

    private static String key(String topic, int partition) {
        return topic + "#" + partition;
    }
}
