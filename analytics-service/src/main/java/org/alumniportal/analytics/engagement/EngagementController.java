package org.alumniportal.analytics.engagement;

import java.time.Instant;

import org.alumniportal.analytics.web.Access;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;

/** Engagement scores (SPEC phase 8). */
@RestController
@Tag(name = "Engagement")
class EngagementController {

    /** After a calculation: how many people were scored, the mean, and the caller's own score if they have one. */
    record Calculation(Instant calculatedAt, long scoredUsers, double averageScore,
            @Schema(nullable = true) EngagementScore yourScore) {
    }

    private final EngagementScores scores;
    private final Leaderboards leaderboards;

    EngagementController(EngagementScores scores, Leaderboards leaderboards) {
        this.scores = scores;
        this.leaderboards = leaderboards;
    }

    @PostMapping("/api/engagement/calculate")
    @Operation(summary = "Recalculate engagement scores from the read models: everyone's for an admin (forced), the "
            + "caller's own otherwise; answers the caller's score and the population summary")
    Calculation calculate(@Parameter(hidden = true) CurrentUser user) {
        EngagementScores.Ranking ranking = Access.isAdmin(user) ? scores.recalculate() : scores.ranking();
        double average = ranking.ranked().stream().mapToDouble(EngagementScore::score).average().orElse(0);
        return new Calculation(ranking.calculatedAt(), ranking.ranked().size(), EngagementFormula.round(average),
                ranking.byUser().get(user.id()));
    }

    @GetMapping("/api/engagement/leaderboard")
    @Operation(summary = "Highest engagement scores among people whose profile the caller may see")
    PageResponse<LeaderboardEntry> leaderboard(@Parameter(hidden = true) CurrentUser user,
            @Parameter(description = "STUDENT, ALUMNI, RECRUITER or ADMIN") @RequestParam(required = false) String role,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.slice(LeaderboardEntry.of(leaderboards.visibleRanking(scores.ranking().ranked(), user, role, null)),
                page, size);
    }

    @GetMapping("/api/engagement/my-score")
    @Operation(summary = "The caller's own score with its components and badges",
            description = EngagementFormula.DESCRIPTION)
    EngagementScore myScore(@Parameter(hidden = true) CurrentUser user) {
        return scores.of(user.id()).orElseThrow(() -> new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND,
                "No score yet", "Nothing of yours has reached analytics yet; try again in a moment."));
    }
}
