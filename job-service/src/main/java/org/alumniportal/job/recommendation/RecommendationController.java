package org.alumniportal.job.recommendation;

import org.alumniportal.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Job recommendations for the signed-in user (SPEC phase 8). */
@RestController
@Tag(name = "Matching")
class RecommendationController {

    private final RecommendationService recommendations;

    RecommendationController(RecommendationService recommendations) {
        this.recommendations = recommendations;
    }

    @PostMapping("/api/matching/job-recommendations")
    @Operation(summary = "Open jobs ranked for me: 0.55·skill cosine + 0.20·experience fit + 0.15·location/remote "
            + "+ 0.10·recency (14-day half-life), with reasons; never closed jobs, jobs I applied to or my own "
            + "postings. 409 profile-required without a profile.")
    JobRecommendations recommend(CurrentUser user, @Valid @RequestBody(required = false) RecommendationRequest request) {
        return recommendations.recommend(user, request == null ? RecommendationRequest.defaults() : request);
    }
}
