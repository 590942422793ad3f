package org.alumniportal.analytics.readmodel;

import java.time.Instant;

import org.alumniportal.analytics.web.Access;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The rebuild mode: reset the read models and replay every topic from offset 0 (admin only). */
@RestController
@Tag(name = "Analytics administration")
class RebuildController {

    /**
     * {@code appliedEvents} counts events applied since the start (after the checkpoint it restored) or the last
     * rebuild; {@code start} says whether this start restored a checkpoint and how long that took.
     */
    record RebuildStatus(long appliedEvents, long version, StartInfo start) {
    }

    /** {@code outcome}: restored, none (replayed from offset 0), version-changed (replayed from 0) or disabled. */
    record StartInfo(String outcome, @Schema(nullable = true) Instant checkpointTakenAt, long checkpointBytes,
            long restoreMillis) {
    }

    private final PortalEventsListener listener;
    private final Population population;
    private final ReadModelCheckpoints checkpoints;

    RebuildController(PortalEventsListener listener, Population population, ReadModelCheckpoints checkpoints) {
        this.listener = listener;
        this.population = population;
        this.checkpoints = checkpoints;
    }

    @PostMapping("/api/admin/analytics/rebuild")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Reset the read models and re-read every topic from the beginning (202; runs in the background)")
    RebuildStatus rebuild(@Parameter(hidden = true) CurrentUser user) {
        Access.requireAdmin(user);
        listener.rebuild();
        return status(user);
    }

    @GetMapping("/api/admin/analytics/rebuild")
    @Operation(summary = "How many events the read models applied since the start or the last rebuild, and whether "
            + "this start resumed from a checkpoint")
    RebuildStatus status(@Parameter(hidden = true) CurrentUser user) {
        Access.requireAdmin(user);
        ReadModelCheckpoints.Restore restore = checkpoints.lastRestore();
        return new RebuildStatus(population.appliedSinceReset(), population.version(), new StartInfo(restore.outcome(),
                restore.checkpointTakenAt(), restore.bytes(), restore.millis()));
    }
}
