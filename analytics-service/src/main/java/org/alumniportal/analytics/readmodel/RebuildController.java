package org.alumniportal.analytics.readmodel;

import org.alumniportal.analytics.web.Access;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The rebuild mode: reset the read models and replay every topic from offset 0 (admin only). */
@RestController
@Tag(name = "Analytics administration")
class RebuildController {

    /** {@code appliedEvents} counts events applied since the start or the last rebuild. */
    record RebuildStatus(long appliedEvents, long version) {
    }

    private final PortalEventsListener listener;
    private final Population population;

    RebuildController(PortalEventsListener listener, Population population) {
        this.listener = listener;
        this.population = population;
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
    @Operation(summary = "How many events the read models applied since the start or the last rebuild")
    RebuildStatus status(@Parameter(hidden = true) CurrentUser user) {
        Access.requireAdmin(user);
        return new RebuildStatus(population.appliedSinceReset(), population.version());
    }
}
