package org.alumniportal.analytics.engagement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * What one person did, as the formula and the badges need it: times of each kind of contribution (sorted on
 * {@link #seal()}, so "the third check-in" is a date), their profile completion and their last activity.
 */
final class Activity {

    final String userId;
    int completion;
    Instant completeSince;
    Instant lastActive;
    int activeMentorships;
    final List<Instant> mentorSessions = new ArrayList<>();
    final List<Instant> menteeSessions = new ArrayList<>();
    final List<Instant> applications = new ArrayList<>();
    final List<Instant> checkIns = new ArrayList<>();
    final List<Instant> posts = new ArrayList<>();
    final List<Instant> comments = new ArrayList<>();
    final List<Instant> capsules = new ArrayList<>();

    Activity(String userId) {
        this.userId = userId;
    }

    Activity seal() {
        for (List<Instant> times : List.of(mentorSessions, menteeSessions, applications, checkIns, posts,
                comments, capsules)) {
            times.removeIf(t -> t == null);
            Collections.sort(times);
        }
        return this;
    }

    /** The time the {@code n}-th (1-based) of these happened, or null when there are fewer. */
    static Instant nth(List<Instant> times, int n) {
        return times.size() >= n ? times.get(n - 1) : null;
    }
}
