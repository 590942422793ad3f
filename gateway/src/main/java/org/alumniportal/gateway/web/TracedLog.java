package org.alumniportal.gateway.web;

import io.micrometer.context.ContextSnapshot;
import io.micrometer.context.ContextSnapshotFactory;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;

/**
 * The gateway's own log lines with the request's trace id in the MDC. Reactor runs with limited context
 * propagation here: restoring thread locals around every operator (the automatic mode) cost a quarter of the
 * gateway's CPU per request, so the few lines that log per request restore the request's trace themselves.
 */
public final class TracedLog {

    private static final ContextSnapshotFactory SNAPSHOTS = ContextSnapshotFactory.builder().build();

    private TracedLog() {
    }

    /** Writes the lines, with the trace of the subscriber's context, when subscribed. */
    public static Mono<Void> log(Runnable lines) {
        return Mono.deferContextual(context -> {
            run(context, lines);
            return Mono.empty();
        });
    }

    /** Writes the lines with the trace of the given context (for callbacks such as {@code doFinally}). */
    public static void run(ContextView context, Runnable lines) {
        try (ContextSnapshot.Scope scope = SNAPSHOTS.setThreadLocalsFrom(context)) {
            lines.run();
        }
    }
}
