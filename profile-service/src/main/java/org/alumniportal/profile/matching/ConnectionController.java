package org.alumniportal.profile.matching;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.profile.search.QueryBudget;

/** Who the caller might want to connect with. */
@RestController
@Tag(name = "Matching")
class ConnectionController {

    private final AlumniConnections connections;
    private final QueryBudget budget;

    ConnectionController(AlumniConnections connections, QueryBudget budget) {
        this.connections = connections;
        this.budget = budget;
    }

    @PostMapping("/api/matching/alumni-connections")
    @Operation(summary = "Alumni who share skills, company, location or a batch (within two years) with the caller",
            description = "Body optional: {\"limit\": 10} (1-50, default 10; outside that range 400 'validation'). "
                    + "Without a profile of your own: 409 'profile-required'. Same privacy rules as search; spends "
                    + "one query of the search budget.")
    ConnectionSuggestions suggest(CurrentUser user, @Valid @RequestBody(required = false) SuggestionRequest request) {
        budget.spend(user.id());
        return connections.suggest(user, request == null ? SuggestionRequest.DEFAULT_LIMIT : request.limitOrDefault());
    }

    @GetMapping("/api/recommendations/alumni")
    @Operation(summary = "Alumni to follow: the connection suggestions for the caller, as a GET",
            description = "limit 1-50 (default 10; outside that range 400 validation). Without a profile of your "
                    + "own: 409 profile-required. Same privacy rules and search budget as POST "
                    + "/api/matching/alumni-connections.")
    ConnectionSuggestions recommend(CurrentUser user,
            @RequestParam(defaultValue = "" + SuggestionRequest.DEFAULT_LIMIT) @Min(1) @Max(50) int limit) {
        budget.spend(user.id());
        return connections.suggest(user, limit);
    }
}
