package org.alumniportal.analytics.engagement;

import java.util.Arrays;
import java.util.List;

import org.alumniportal.analytics.web.Access;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The Alumni Engagement Score (SPEC phase 9): rankings, one person's score, badges. */
@RestController
@Tag(name = "Alumni Engagement Score")
class AesController {

    /** A badge of the catalogue. */
    record BadgeInfo(Badge code, String name, String criterion) {
    }

    /** The badge catalogue and the badges the caller has earned, with dates. */
    record Badges(List<BadgeInfo> catalogue, List<EngagementScore.EarnedBadge> earned) {
    }

    private final EngagementScores scores;
    private final Leaderboards leaderboards;

    AesController(EngagementScores scores, Leaderboards leaderboards) {
        this.scores = scores;
        this.leaderboards = leaderboards;
    }

    @GetMapping("/api/aes/rankings")
    @Operation(summary = "AES ranking among people whose profile the caller may see, optionally by role or batch")
    PageResponse<LeaderboardEntry> rankings(@Parameter(hidden = true) CurrentUser user,
            @Parameter(description = "STUDENT, ALUMNI, RECRUITER or ADMIN") @RequestParam(required = false) String role,
            @RequestParam(required = false) Integer batchYear,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return PageResponse.slice(LeaderboardEntry.of(leaderboards.visibleRanking(scores.ranking().ranked(), user, role,
                batchYear)), page, size);
    }

    @GetMapping("/api/aes/user/{userId}")
    @Operation(summary = "One person's AES with components and badges: their own, an admin's view, or a person whose "
            + "profile the caller may see (404 otherwise)", description = EngagementFormula.DESCRIPTION)
    EngagementScore user(@Parameter(hidden = true) CurrentUser user, @PathVariable String userId) {
        boolean allowed = user.id().equals(userId) || Access.isAdmin(user) || leaderboards.visibleTo(userId, user);
        return scores.of(userId).filter(s -> allowed).orElseThrow(() -> new PortalException(HttpStatus.NOT_FOUND,
                Problems.NOT_FOUND, "No score", "No score to show for this person."));
    }

    @GetMapping("/api/aes/badges")
    @Operation(summary = "Every badge with its criterion, and those the caller earned with the date")
    Badges badges(@Parameter(hidden = true) CurrentUser user) {
        List<BadgeInfo> catalogue = Arrays.stream(Badge.values())
                .map(b -> new BadgeInfo(b, b.title(), b.criterion())).toList();
        return new Badges(catalogue, scores.of(user.id()).map(EngagementScore::badges).orElse(List.of()));
    }
}
