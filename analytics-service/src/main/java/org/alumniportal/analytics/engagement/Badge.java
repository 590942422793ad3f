package org.alumniportal.analytics.engagement;

import java.time.Instant;
import java.util.function.Function;

/** Badges, each with its criterion and how to find the date it was first met. */
public enum Badge {
    COMPLETE_PROFILE("Complete profile", "Profile at least 90 % complete", a -> a.completeSince),
    JOB_SEEKER("Job seeker", "Applied to a job", a -> Activity.nth(a.applications, 1)),
    MENTOR("Mentor", "Gave a mentoring session", a -> Activity.nth(a.mentorSessions, 1)),
    LIFELONG_LEARNER("Lifelong learner", "Completed 3 mentoring sessions as a mentee",
            a -> Activity.nth(a.menteeSessions, 3)),
    EVENT_REGULAR("Event regular", "Checked in at 3 events", a -> Activity.nth(a.checkIns, 3)),
    COMMUNITY_VOICE("Community voice", "Wrote 5 forum posts or comments",
            a -> Activity.nth(merged(a), 5)),
    STORYTELLER("Storyteller", "Shared a time capsule", a -> Activity.nth(a.capsules, 1));

    private final String title;
    private final String criterion;
    private final Function<Activity, Instant> earnedAt;

    Badge(String title, String criterion, Function<Activity, Instant> earnedAt) {
        this.title = title;
        this.criterion = criterion;
        this.earnedAt = earnedAt;
    }

    public String title() {
        return title;
    }

    public String criterion() {
        return criterion;
    }

    /** When the criterion was first met, or null while it is not. */
    Instant earnedAt(Activity activity) {
        return earnedAt.apply(activity);
    }

    private static java.util.List<Instant> merged(Activity a) {
        java.util.List<Instant> all = new java.util.ArrayList<>(a.posts);
        all.addAll(a.comments);
        java.util.Collections.sort(all);
        return all;
    }
}
