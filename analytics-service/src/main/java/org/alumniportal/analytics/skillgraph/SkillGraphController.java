package org.alumniportal.analytics.skillgraph;

import org.alumniportal.analytics.career.CareerModel;
import org.alumniportal.analytics.career.CareerViews;
import org.alumniportal.analytics.web.Access;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

/**
 * The skill graph for every signed-in user. Non-admins get figures from profiles that are not hidden, and a skill
 * or a pair of skills fewer than five people share counts only its jobs.
 */
@RestController
@Validated
@Tag(name = "Skill graph")
class SkillGraphController {

    private final SkillGraphService graphs;
    private final CareerModel careers;

    SkillGraphController(SkillGraphService graphs, CareerModel careers) {
        this.graphs = graphs;
        this.careers = careers;
    }

    @GetMapping("/api/skill-graph/network")
    @Operation(summary = "Skills (nodes with counts and cluster) and co-occurrence in profiles and jobs (weighted edges)")
    SkillNetwork network(@Parameter(hidden = true) CurrentUser user,
            @Parameter(description = "the most common skills to include") @RequestParam(defaultValue = "100")
            @Min(1) @Max(500) int limit,
            @Parameter(description = "leave out edges lighter than this") @RequestParam(defaultValue = "1")
            @Min(1) @Max(1_000_000) long minWeight) {
        return graphs.network(limit, minWeight, Access.isAdmin(user));
    }

    @GetMapping("/api/skill-graph/clusters")
    @Operation(summary = "Communities of skills by label propagation, with the modularity of the split")
    SkillClusters clusters(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit,
            @RequestParam(defaultValue = "1") @Min(1) @Max(1_000_000) long minWeight) {
        return graphs.clusters(limit, minWeight, Access.isAdmin(user));
    }

    @GetMapping("/api/skill-graph/paths")
    @Operation(summary = "The roles people with a skill moved through (roles, moves, whole paths)")
    CareerViews.SkillPaths paths(@Parameter(hidden = true) CurrentUser user,
            @RequestParam @NotBlank String skill) {
        return careers.pathsOf(skill, Access.isAdmin(user));
    }
}
