package org.alumniportal.analytics.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alumniportal.analytics.readmodel.Contribution;
import org.alumniportal.analytics.readmodel.MentoringSession;
import org.alumniportal.analytics.readmodel.Mentorship;
import org.alumniportal.analytics.readmodel.Population;
import org.alumniportal.analytics.readmodel.ProfileFacts;
import org.alumniportal.analytics.readmodel.Rsvp;
import org.alumniportal.analytics.readmodel.UserAccount;
import org.springframework.stereotype.Service;

/**
 * Scores everyone with an account or a profile, from one pass over the read models, and ranks them
 * (competition ranking: equal scores share a rank). Recomputed when the read models change, and in the background
 * every minute for recency ({@link Population#cached}); {@link #recalculate()} forces it.
 */
@Service
public class EngagementScores {

    /** Everyone's scores, best first, and the same by user id. */
    public record Ranking(Instant calculatedAt, List<EngagementScore> ranked, Map<String, EngagementScore> byUser) {
    }

    private static final String KEY = "engagement.scores";

    private final Population population;
    private volatile Ranking forced;

    EngagementScores(Population population) {
        this.population = population;
    }

    public Ranking ranking() {
        Ranking latest = forced;
        Ranking cached = population.cachedWithClock(KEY, this::compute);
        return latest != null && latest.calculatedAt().isAfter(cached.calculatedAt()) ? latest : cached;
    }

    /** Computes every score now, whatever the cache holds. */
    public Ranking recalculate() {
        Ranking fresh = compute();
        forced = fresh;
        return fresh;
    }

    public Optional<EngagementScore> of(String userId) {
        return Optional.ofNullable(ranking().byUser().get(userId));
    }

    private Ranking compute() {
        Instant now = population.now();
        Map<String, Activity> activities = activities();
        Map<String, ProfileFacts> profiles = population.profiles().stream()
                .collect(Collectors.toMap(ProfileFacts::userId, Function.identity()));
        Map<String, String> roles = new HashMap<>();
        population.accounts().forEach(a -> {
            if (a.role() != null) {
                roles.put(a.userId(), a.role());
            }
        });
        List<EngagementScore> scores = new ArrayList<>(activities.size());
        for (Activity a : activities.values()) {
            a.seal();
            EngagementScore.Breakdown breakdown = EngagementFormula.score(a, now);
            List<EngagementScore.EarnedBadge> badges = new ArrayList<>();
            for (Badge badge : Badge.values()) {
                Instant at = badge.earnedAt(a);
                if (at != null) {
                    badges.add(new EngagementScore.EarnedBadge(badge, badge.title(), at));
                }
            }
            ProfileFacts p = profiles.get(a.userId);
            String role = roles.getOrDefault(a.userId, p == null ? null : p.role());
            scores.add(new EngagementScore(a.userId, p == null ? null : p.name(), role, breakdown.score(), 0,
                    breakdown.components(), List.copyOf(badges), a.lastActive));
        }
        scores.sort(Comparator.comparingDouble(EngagementScore::score).reversed()
                .thenComparing(EngagementScore::userId));
        List<EngagementScore> ranked = new ArrayList<>(scores.size());
        Map<String, EngagementScore> byUser = new HashMap<>();
        long rank = 0;
        double previous = Double.NaN;
        for (int i = 0; i < scores.size(); i++) {
            EngagementScore s = scores.get(i);
            if (s.score() != previous) {
                rank = i + 1;
                previous = s.score();
            }
            EngagementScore withRank = new EngagementScore(s.userId(), s.name(), s.role(), s.score(), rank,
                    s.components(), s.badges(), s.lastActiveAt());
            ranked.add(withRank);
            byUser.put(s.userId(), withRank);
        }
        return new Ranking(now, List.copyOf(ranked), Map.copyOf(byUser));
    }

    private Map<String, Activity> activities() {
        Map<String, Activity> all = new HashMap<>();
        Function<String, Activity> of = id -> all.computeIfAbsent(id, Activity::new);
        for (UserAccount account : population.accounts()) {
            if (account.isActive()) {
                of.apply(account.userId());
            }
        }
        for (ProfileFacts p : population.profiles()) {
            if (p.deleted()) {
                all.remove(p.userId());
                continue;
            }
            Activity a = of.apply(p.userId());
            a.completion = p.completion();
            a.completeSince = p.completeSince();
        }
        for (Mentorship m : population.mentorships()) {
            if (m.isActive()) {
                existing(all, m.mentorId()).ifPresent(a -> a.activeMentorships++);
                existing(all, m.menteeId()).ifPresent(a -> a.activeMentorships++);
            }
        }
        for (MentoringSession s : population.sessions()) {
            if ("COMPLETED".equals(s.status())) {
                existing(all, s.mentorId()).ifPresent(a -> a.mentorSessions.add(s.completedAt()));
                existing(all, s.menteeId()).ifPresent(a -> a.menteeSessions.add(s.completedAt()));
            }
        }
        population.applications().forEach(app -> existing(all, app.applicantId())
                .ifPresent(a -> a.applications.add(app.submittedAt())));
        for (Rsvp r : population.rsvps()) {
            if (r.checkedInAt() != null) {
                existing(all, r.userId()).ifPresent(a -> a.checkIns.add(r.checkedInAt()));
            }
        }
        for (Contribution c : population.contributions()) {
            if (c.removed()) {
                continue;
            }
            existing(all, c.authorId()).ifPresent(a -> (switch (c.kind()) {
                case POST -> a.posts;
                case COMMENT -> a.comments;
                case CAPSULE -> a.capsules;
            }).add(c.at()));
        }
        all.values().forEach(a -> a.lastActive = population.lastActivity(a.userId).orElse(null));
        return all;
    }

    private static Optional<Activity> existing(Map<String, Activity> all, String userId) {
        return Optional.ofNullable(userId == null ? null : all.get(userId));
    }
}
