package org.alumniportal.analytics.career;

import org.alumniportal.analytics.web.Access;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * Career paths and prediction for every signed-in user. Non-admins see only moves, roles and paths that at least
 * five people made, from profiles that are not hidden.
 */
@RestController
@Tag(name = "Career")
class CareerController {

    private final CareerModel model;

    CareerController(CareerModel model) {
        this.model = model;
    }

    @PostMapping("/api/career/predict")
    @Operation(summary = "Likeliest next roles from the current one (first-order Markov chain over alumni timelines, "
            + "roles normalised) with probabilities, observations and the skills that preceded each move; "
            + "'not enough data' below 5 observed moves")
    CareerViews.Prediction predict(@Parameter(hidden = true) CurrentUser user, @Valid @RequestBody PredictRequest request) {
        return model.predict(request, Access.isAdmin(user));
    }

    @GetMapping("/api/career/paths/{skill}")
    @Operation(summary = "The roles, moves and whole career paths of people who list a skill")
    CareerViews.SkillPaths paths(@Parameter(hidden = true) CurrentUser user, @PathVariable String skill) {
        return model.pathsOf(skill, Access.isAdmin(user));
    }

    @GetMapping("/api/career/transitions")
    @Operation(summary = "Observed role moves with P(to | from), most frequent first")
    PageResponse<CareerViews.Transition> transitions(@Parameter(hidden = true) CurrentUser user,
            @Parameter(description = "only moves out of this role") @RequestParam(required = false) String from,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.slice(model.transitions(from, Access.isAdmin(user)), page, size);
    }
}
