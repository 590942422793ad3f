package org.alumniportal.analytics.engagement;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;

/** One line of a leaderboard; {@code rank} is the place on this board (equal scores share one). */
record LeaderboardEntry(long rank, String userId, @Schema(nullable = true) String name,
        @Schema(nullable = true) String role, double score, List<EngagementScore.EarnedBadge> badges) {

    static List<LeaderboardEntry> of(List<EngagementScore> board) {
        List<LeaderboardEntry> out = new java.util.ArrayList<>(board.size());
        long rank = 0;
        double previous = Double.NaN;
        for (int i = 0; i < board.size(); i++) {
            EngagementScore s = board.get(i);
            if (s.score() != previous) {
                rank = i + 1;
                previous = s.score();
            }
            out.add(new LeaderboardEntry(rank, s.userId(), s.name(), s.role(), s.score(), s.badges()));
        }
        return out;
    }
}
