package org.alumniportal.analytics.heatmap;

import java.util.List;

import org.alumniportal.analytics.web.Access;
import org.alumniportal.platform.events.Industry;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Heatmap layers for every signed-in user: plain arrays of points, largest first, ready for a map library. */
@RestController
@Tag(name = "Heatmaps")
class HeatmapController {

    private final Heatmaps heatmaps;

    HeatmapController(Heatmaps heatmaps) {
        this.heatmaps = heatmaps;
    }

    @GetMapping("/api/heatmap/talent")
    @Operation(summary = "People by location, optionally only those with a skill (non-admins: hidden profiles and "
            + "places with fewer than 5 people left out)",
            description = "Not paged: at most one point per place of the portal's fixed gazetteer.")
    List<HeatPoint> talent(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(required = false) String skill) {
        return heatmaps.talent(skill, Access.isAdmin(user));
    }

    @GetMapping("/api/heatmap/opportunities")
    @Operation(summary = "Open jobs by location, optionally only those requiring a skill",
            description = "Not paged: at most one point per place of the portal's fixed gazetteer.")
    List<HeatPoint> opportunities(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(required = false) String skill) {
        return heatmaps.opportunities(skill);
    }

    @GetMapping("/api/heatmap/industries")
    @Operation(summary = "People and open jobs by location and industry (the optional industry of profiles and jobs, "
            + "one fixed list); non-admins: hidden profiles and groups of fewer than 5 people left out",
            description = "Not paged: at most one point per place of the fixed gazetteer and industry of the fixed list.")
    List<HeatPoint> industries(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(required = false) Industry industry) {
        return heatmaps.industries(industry, Access.isAdmin(user));
    }
}
