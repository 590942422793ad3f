package org.alumniportal.community.recommendation;

import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Events and posts for the caller, best first, each with a score and its reasons. */
@RestController
@Tag(name = "Recommendations", description = "Community content ranked for the caller")
class RecommendationController {

    private final Recommendations recommendations;

    RecommendationController(Recommendations recommendations) {
        this.recommendations = recommendations;
    }

    @GetMapping("/api/recommendations/events")
    @Operation(summary = "Upcoming events for me, paged", description = "score = 2 per skill of mine in the event's "
            + "text + the summed overlap of people who share my RSVPs or likes and attend it; never past, removed "
            + "or cancelled events, mine, or ones I answered already. Without any signal, the soonest fill in.")
    PageResponse<RecommendedEvent> events(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "10") int size) {
        return recommendations.events(user, Paging.page(page), Paging.size(size));
    }

    @GetMapping("/api/recommendations/posts")
    @Operation(summary = "Forum posts for me, paged", description = "score = 2 per skill of mine among the post's "
            + "tags + the summed overlap of people who share my RSVPs or likes and liked it + 0.5·2^(−age/7 days); "
            + "never removed posts, mine, or ones I liked.")
    PageResponse<RecommendedPost> posts(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "10") int size) {
        return recommendations.posts(user, Paging.page(page), Paging.size(size));
    }
}
