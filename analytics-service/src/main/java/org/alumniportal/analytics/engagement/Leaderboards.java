package org.alumniportal.analytics.engagement;

import java.util.List;

import org.alumniportal.analytics.readmodel.Population;
import org.alumniportal.analytics.readmodel.ProfileFacts;
import org.alumniportal.analytics.web.Access;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.stereotype.Component;

/**
 * Who may appear on a leaderboard for a viewer: people whose profile the viewer could open. Hidden profiles never;
 * ALUMNI_ONLY ones for alumni and admins; people without a profile never (nothing visible to show).
 */
@Component
class Leaderboards {

    private final Population population;

    Leaderboards(Population population) {
        this.population = population;
    }

    boolean visibleTo(String userId, CurrentUser viewer) {
        return population.profile(userId).map(p -> visible(p, viewer)).orElse(false);
    }

    static boolean visible(ProfileFacts p, CurrentUser viewer) {
        if (p.deleted() || p.isHidden() || p.visibility() == null) {
            return false;
        }
        if ("ALUMNI_ONLY".equals(p.visibility())) {
            return viewer.hasRole("ALUMNI") || Access.isAdmin(viewer);
        }
        return true;
    }

    List<EngagementScore> visibleRanking(List<EngagementScore> ranked, CurrentUser viewer, String role,
            Integer batchYear) {
        return ranked.stream()
                .filter(s -> role == null || role.equalsIgnoreCase(s.role()))
                .filter(s -> population.profile(s.userId())
                        .filter(p -> visible(p, viewer))
                        .filter(p -> batchYear == null || batchYear.equals(p.batchYear()))
                        .isPresent())
                .toList();
    }
}
