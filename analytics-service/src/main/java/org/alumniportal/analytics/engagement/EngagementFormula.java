package org.alumniportal.analytics.engagement;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The engagement score, 0–100: the sum of seven weighted components, each a value from 0 to 1.
 *
 * <pre>
 * component     weight  value
 * profile         20    completion% / 100
 * mentorship      20    min(1, (sessions completed as mentor + as mentee + 2 × active mentorships) / 6)
 * applications    10    min(1, applications / 5)
 * events          15    min(1, events attended (checked in or joined online) / 3)
 * forum           15    min(1, (2 × posts + comments) / 10)
 * capsules        10    min(1, time capsules / 2)
 * recency         10    0.5 ^ (days since last activity / 30)   (decay: half every 30 days; 0 if never active)
 * </pre>
 *
 * Caps keep one kind of activity from buying the whole score; recency makes a score fade when a person stops
 * taking part. Removed forum content does not count. Events count attendance (issue 17), not RSVPs: an RSVP
 * costs nothing and a no-show is not engagement.
 */
final class EngagementFormula {

    static final double HALF_LIFE_DAYS = 30;

    /** The formula as the OpenAPI document states it (kept beside the code so the two change together). */
    static final String DESCRIPTION = "Engagement score 0-100, the sum of weight x value (value 0-1): profile 20 x "
            + "completion%/100; mentorship 20 x min(1, (sessions completed as mentor + as mentee + 2 x active "
            + "mentorships)/6); applications 10 x min(1, applications/5); events 15 x min(1, events attended/3), "
            + "where attended means checked in at the door or joined online (an RSVP alone counts nothing); forum "
            + "15 x min(1, (2 x posts + comments)/10); capsules 10 x min(1, capsules/2); recency 10 x 0.5^(days "
            + "since last activity/30).";

    private EngagementFormula() {
    }

    static EngagementScore.Breakdown score(Activity a, Instant now) {
        List<EngagementScore.Component> parts = List.of(
                part("profile", 20, a.completion / 100.0, a.completion),
                part("mentorship", 20,
                        (a.mentorSessions.size() + a.menteeSessions.size() + 2.0 * a.activeMentorships) / 6,
                        a.mentorSessions.size() + a.menteeSessions.size() + a.activeMentorships),
                part("applications", 10, a.applications.size() / 5.0, a.applications.size()),
                part("events", 15, a.checkIns.size() / 3.0, a.checkIns.size()),
                part("forum", 15, (2.0 * a.posts.size() + a.comments.size()) / 10, a.posts.size() + a.comments.size()),
                part("capsules", 10, a.capsules.size() / 2.0, a.capsules.size()),
                part("recency", 10, recency(a.lastActive, now), daysSince(a.lastActive, now)));
        double total = parts.stream().mapToDouble(EngagementScore.Component::points).sum();
        return new EngagementScore.Breakdown(round(total), parts);
    }

    static double recency(Instant lastActive, Instant now) {
        if (lastActive == null) {
            return 0;
        }
        double days = Math.max(0, Duration.between(lastActive, now).toMinutes() / 1440.0);
        return Math.pow(0.5, days / HALF_LIFE_DAYS);
    }

    private static long daysSince(Instant lastActive, Instant now) {
        return lastActive == null ? -1 : Math.max(0, Duration.between(lastActive, now).toDays());
    }

    private static EngagementScore.Component part(String name, int weight, double raw, long basis) {
        double value = Math.max(0, Math.min(1, raw));
        return new EngagementScore.Component(name, weight, round(value), round(weight * value), basis);
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
