package org.alumniportal.platform.messaging;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Prunes {@code processed_events} every {@code portal.messaging.prune-interval}, first right after start, on a
 * daemon thread of its own. A failed round is logged and retried at the next interval.
 */
public class ProcessedEventsPruner implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ProcessedEventsPruner.class);

    private final ProcessedEvents processed;
    private final MessagingProperties properties;
    private volatile ScheduledExecutorService executor;

    public ProcessedEventsPruner(ProcessedEvents processed, MessagingProperties properties) {
        this.processed = processed;
        this.properties = properties;
    }

    void pruneOnce() {
        try {
            long deleted = processed.prune(properties.processedRetention());
            if (deleted > 0) {
                log.info("Pruned {} processed-event marks older than {}", deleted, properties.processedRetention());
            }
        } catch (RuntimeException e) {
            log.warn("Pruning processed_events failed, retried in {}: {}", properties.pruneInterval(), e.toString());
        }
    }

    @Override
    public void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "processed-events-pruner");
            thread.setDaemon(true);
            return thread;
        });
        long interval = Math.max(1, properties.pruneInterval().toMillis());
        started.scheduleWithFixedDelay(this::pruneOnce, 0, interval, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }

    /** Stops before the Mongo client is closed. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
