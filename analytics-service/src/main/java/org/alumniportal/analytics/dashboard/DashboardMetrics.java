package org.alumniportal.analytics.dashboard;

import java.time.Instant;
import java.util.Map;

/** The SPEC's key metrics, counted at {@code asOf}. */
record DashboardMetrics(Instant asOf, Users users, Jobs jobs, Events events, Mentorship mentorship, Forum forum) {

    /**
     * Accounts not deleted, by role and status; alumni profiles verified; and pending verifications, the size of
     * profile-service's queue: profiles whose newest {@code verificationStatus} is PENDING (a request or a
     * resubmission opens one; a verification, a rejection, a withdrawal or the profile's deletion closes it).
     */
    record Users(long total, Map<String, Long> byRole, Map<String, Long> byStatus, long verifiedAlumni,
            long pendingVerifications) {
    }

    /** Jobs ever posted, those open now, and applications (withdrawn ones included in total, not in active). */
    record Jobs(long total, long active, long applications, long activeApplications) {
    }

    /** Events not cancelled, those still ahead, RSVPs answering ATTENDING, and check-ins. */
    record Events(long total, long upcoming, long rsvps, long checkIns) {
    }

    record Mentorship(long requests, long active, long sessionsCompleted) {
    }

    /** Posts and comments not removed by moderation. */
    record Forum(long posts, long comments) {
    }
}
