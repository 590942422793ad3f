package org.alumniportal.mentorship.matching;

import org.alumniportal.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Mentor suggestions, under the matching path of phase 8 and the mentorship path of phase 4 alike. */
@RestController
@Tag(name = "Mentor matching", description = "Mentors ranked for the caller's skills and interests, with reasons")
class MatchingController {

    private final MatchingService service;

    MatchingController(MatchingService service) {
        this.service = service;
    }

    @PostMapping({"/api/matching/mentor-suggestions", "/api/mentorship/match-suggestions"})
    @Operation(summary = "Mentors for my profile skills, or for the skills and interests in the body",
            description = "Cosine similarity of skill vectors (synonyms count alike) weighted by rating and free "
                    + "capacity; full, unavailable and already-chosen mentors are never suggested.")
    MentorSuggestions suggest(@Parameter(hidden = true) CurrentUser user,
            @Valid @RequestBody(required = false) MatchRequest request) {
        return service.suggest(user, request);
    }
}
