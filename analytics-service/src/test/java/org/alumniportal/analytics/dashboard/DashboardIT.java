package org.alumniportal.analytics.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import org.alumniportal.analytics.testing.AnalyticsIntegrationTest;
import org.alumniportal.platform.test.Api;
import org.alumniportal.analytics.testing.Profiles;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.application.ApplicationWithdrawn;
import org.alumniportal.platform.events.community.CommentCreated;
import org.alumniportal.platform.events.community.EventCancelled;
import org.alumniportal.platform.events.community.EventCheckedIn;
import org.alumniportal.platform.events.community.EventCreated;
import org.alumniportal.platform.events.community.EventRsvp;
import org.alumniportal.platform.events.community.PostCreated;
import org.alumniportal.platform.events.job.JobClosed;
import org.alumniportal.platform.events.job.JobPosted;
import org.alumniportal.platform.events.mentorship.MentorshipAccepted;
import org.alumniportal.platform.events.mentorship.MentorshipRequested;
import org.alumniportal.platform.events.profile.ProfileCreated;
import org.alumniportal.platform.events.profile.ProfileDeleted;
import org.alumniportal.platform.events.profile.ProfileRejected;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.alumniportal.platform.events.user.UserRegistered;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** The dashboard's metrics and charts match a hand-counted population sent as events. */
class DashboardIT extends AnalyticsIntegrationTest {

    @Test
    void metricsCountExactlyWhatTheEventsDescribeAndARedeliveryChangesNothing() {
        String admin = admin();
        JsonNode before = api.get("/api/admin/dashboard/metrics", admin).json();
        Instant now = Instant.now();

        // 3 students, 2 alumni (1 verified, 1 pending), 1 recruiter; 1 alumnus rejected
        String s1 = newId("s"), s2 = newId("s"), s3 = newId("s"), a1 = newId("a"), a2 = newId("a"), a3 = newId("a");
        String r1 = newId("r");
        for (String s : List.of(s1, s2, s3)) {
            events.send(s, new UserRegistered(s, s + "@x.edu", "S", "STUDENT"));
        }
        for (String a : List.of(a1, a2, a3)) {
            events.send(a, new UserRegistered(a, a + "@x.edu", "A", "ALUMNI"));
            events.send(a, Profiles.profile(a, "ALUMNI", "Pune", List.of("Java"), "SIGNED_IN", false, 50));
        }
        events.send(a2, Profiles.inQueueState(a2, "PENDING"));
        events.send(r1, new UserRegistered(r1, r1 + "@x.edu", "R", "RECRUITER"));
        events.send(a1, new ProfileVerified(a1, "admin-1", now));
        events.send(a3, new ProfileRejected(a3, "admin-1", "no match", false, now));
        // 2 jobs, one closed; 3 applications, one withdrawn
        String j1 = newId("job"), j2 = newId("job");
        events.send(j1, new JobPosted(j1, "Dev", "Acme", "Pune", "FULL_TIME", false, List.of("Java"), r1,
                now.plus(Duration.ofDays(30))));
        events.send(j2, new JobPosted(j2, "Ops", "Acme", "Pune", "INTERNSHIP", false, List.of("Linux"), r1,
                now.plus(Duration.ofDays(30))));
        events.send(j2, new JobClosed(j2, r1, "CLOSED_BY_POSTER"));
        String app1 = newId("app"), app2 = newId("app"), app3 = newId("app");
        events.send(app1, new ApplicationSubmitted(app1, j1, "Dev", s1, r1, "PROFILE", now));
        events.send(app2, new ApplicationSubmitted(app2, j1, "Dev", s2, r1, "PROFILE", now));
        events.send(app3, new ApplicationSubmitted(app3, j2, "Ops", s3, r1, "PROFILE", now));
        events.send(app3, new ApplicationWithdrawn(app3, j2, s3, r1, "SUBMITTED"));
        // 2 events (1 upcoming, 1 past) and 1 cancelled; 3 attending RSVPs on live events, 1 check-in
        String e1 = newId("ev"), e2 = newId("ev"), e3 = newId("ev");
        events.send(e1, new EventCreated(e1, "Meetup", "NETWORKING", "Pune", false, now.plus(Duration.ofDays(5)),
                now.plus(Duration.ofDays(5)), 50, a1));
        events.send(e2, new EventCreated(e2, "Talk", "WEBINAR", null, true, now.minus(Duration.ofDays(5)),
                now.minus(Duration.ofDays(5)), null, a1));
        events.send(e3, new EventCreated(e3, "Gone", "WEBINAR", null, true, now.plus(Duration.ofDays(9)),
                now.plus(Duration.ofDays(9)), null, a1));
        events.send(e3, new EventCancelled(e3, "Gone", a1, "no speaker"));
        events.send(e1, new EventRsvp(e1, s1, "ATTENDING", null));
        events.send(e1, new EventRsvp(e1, s2, "ATTENDING", null));
        events.send(e2, new EventRsvp(e2, s3, "ATTENDING", null));
        events.send(e3, new EventRsvp(e3, a2, "ATTENDING", null));
        events.send(e2, new EventCheckedIn(e2, s3, a1, "QR_TICKET", now));
        // 2 mentorship requests, 1 accepted; 1 post, 2 comments
        String m1 = newId("m"), m2 = newId("m");
        events.send(m1, new MentorshipRequested(m1, a1, s1, "hi"));
        events.send(m2, new MentorshipRequested(m2, a1, s2, "hi"));
        events.send(m1, new MentorshipAccepted(m1, a1, s1));
        String p1 = newId("post");
        events.send(p1, new PostCreated(p1, s1, "Q", List.of("career")));
        events.send(p1, new CommentCreated(newId("c"), p1, a1, s1, null, null));
        String lastId = events.send(p1, new CommentCreated(newId("c"), p1, a2, s1, null, null));

        JsonNode after = await().atMost(WAIT).until(() -> api.get("/api/admin/dashboard/metrics", admin).json(),
                m -> delta(m, before, "forum", "comments") == 2 && delta(m, before, "mentorship", "active") == 1
                        && delta(m, before, "users", "total") == 7);

        assertThat(delta(after, before, "users", "total")).isEqualTo(7);
        assertThat(after.path("users").path("byRole").path("STUDENT").asLong()
                - before.path("users").path("byRole").path("STUDENT").asLong(0)).isEqualTo(3);
        assertThat(delta(after, before, "users", "verifiedAlumni")).isEqualTo(1);
        assertThat(delta(after, before, "users", "pendingVerifications")).isEqualTo(1);
        assertThat(delta(after, before, "jobs", "total")).isEqualTo(2);
        assertThat(delta(after, before, "jobs", "active")).isEqualTo(1);
        assertThat(delta(after, before, "jobs", "applications")).isEqualTo(3);
        assertThat(delta(after, before, "jobs", "activeApplications")).isEqualTo(2);
        assertThat(delta(after, before, "events", "total")).isEqualTo(2);
        assertThat(delta(after, before, "events", "upcoming")).isEqualTo(1);
        assertThat(delta(after, before, "events", "rsvps")).isEqualTo(3);
        assertThat(delta(after, before, "events", "checkIns")).isEqualTo(1);
        assertThat(delta(after, before, "mentorship", "requests")).isEqualTo(2);
        assertThat(delta(after, before, "mentorship", "active")).isEqualTo(1);
        assertThat(delta(after, before, "forum", "posts")).isEqualTo(1);

        // the same comment event delivered again is not counted twice
        events.send(lastId, p1, new CommentCreated("again-" + lastId, p1, a2, s1, null, null), now);
        events.send(lastId, p1, new CommentCreated("again-" + lastId, p1, a2, s1, null, null), now);
        JsonNode redelivered = await().atMost(WAIT).until(() -> api.get("/api/admin/dashboard/metrics", admin).json(),
                m -> delta(m, before, "forum", "comments") >= 3);
        assertThat(delta(redelivered, before, "forum", "comments")).isEqualTo(3);
    }

    @Test
    void pendingVerificationsAreProfileServicesQueueOpenedByARequestAndClosedByADecisionOrDeletion() {
        String admin = admin();
        JsonNode before = api.get("/api/admin/dashboard/metrics", admin).json();
        Instant t = Instant.now();
        String neverAsked = newId("a"), editedNeverAsked = newId("a"), asked = newId("a"), verified = newId("a");
        String resubmitted = newId("a"), withdrawn = newId("a"), deleted = newId("a");
        // profiles of alumni who never asked are not in the queue
        events.send(neverAsked, new ProfileCreated(neverAsked, "ALUMNI", "N", null, null, null, "Pune", 2015,
                List.of(), "SIGNED_IN"), t);
        events.send(editedNeverAsked, Profiles.inQueueState(editedNeverAsked, "UNVERIFIED"), t);
        events.send(asked, Profiles.inQueueState(asked, "PENDING"), t);
        events.send(verified, Profiles.inQueueState(verified, "PENDING"), t);
        events.send(verified, new ProfileVerified(verified, "admin-1", t.plusSeconds(1)), t.plusSeconds(1));
        events.send(verified, Profiles.inQueueState(verified, "VERIFIED"), t.plusSeconds(1));
        // rejected, then asked again: back in the queue
        events.send(resubmitted, Profiles.inQueueState(resubmitted, "PENDING"), t);
        events.send(resubmitted, new ProfileRejected(resubmitted, "admin-1", "blurry", false, t.plusSeconds(1)),
                t.plusSeconds(1));
        events.send(resubmitted, Profiles.inQueueState(resubmitted, "REJECTED"), t.plusSeconds(1));
        events.send(resubmitted, Profiles.inQueueState(resubmitted, "PENDING"), t.plusSeconds(2));
        // verified, then the verification withdrawn: not asking
        events.send(withdrawn, Profiles.inQueueState(withdrawn, "VERIFIED"), t);
        events.send(withdrawn, new ProfileRejected(withdrawn, "admin-1", "fake", true, t.plusSeconds(1)),
                t.plusSeconds(1));
        events.send(withdrawn, Profiles.inQueueState(withdrawn, "REJECTED"), t.plusSeconds(1));
        // asked, then deleted the profile
        events.send(deleted, Profiles.inQueueState(deleted, "PENDING"), t);
        events.send(deleted, new ProfileDeleted(deleted, deleted, "OWNER"), t.plusSeconds(1));

        JsonNode after = await().atMost(WAIT).until(() -> api.get("/api/admin/dashboard/metrics", admin).json(),
                m -> delta(m, before, "users", "verifiedAlumni") == 1);

        assertThat(delta(after, before, "users", "pendingVerifications")).isEqualTo(2); // asked, resubmitted

        events.send(asked, new ProfileVerified(asked, "admin-1", t.plusSeconds(5)), t.plusSeconds(5));
        events.send(asked, Profiles.inQueueState(asked, "VERIFIED"), t.plusSeconds(5));
        JsonNode decided = await().atMost(WAIT).until(() -> api.get("/api/admin/dashboard/metrics", admin).json(),
                m -> delta(m, before, "users", "verifiedAlumni") == 2);
        assertThat(delta(decided, before, "users", "pendingVerifications")).isEqualTo(1);
    }

    @Test
    void chartsGiveOneValuePerBucketLabelForEachSeries() {
        String admin = admin();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String user = newId("chart");
        events.send(user, new UserRegistered(user, user + "@x.edu", "C", "STUDENT"));

        Api.Response response = await().atMost(WAIT).until(() -> api.get("/api/admin/dashboard/charts?from="
                + today.minusDays(6) + "&to=" + today + "&bucket=day", admin), r -> r.status() == 200
                && series(r.json(), "newUsers").get(6).asLong() > 0);

        JsonNode chart = response.json();
        assertThat(chart.path("labels")).hasSize(7);
        assertThat(chart.path("labels").get(6).asString()).isEqualTo(today.toString());
        assertThat(chart.path("series")).extracting(s -> s.path("key").asString())
                .contains("newUsers", "totalUsers", "jobsPosted", "eventRsvps", "eventCheckIns",
                        "mentorshipRequests", "mentorshipSessions");
        chart.path("series").forEach(s -> assertThat(s.path("data")).hasSize(7));
        assertThat(series(chart, "totalUsers").get(6).asLong()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void chartsByMonthAndARangeBackwardsIsAProblem() {
        String admin = admin();
        Api.Response months = api.get("/api/admin/dashboard/charts?from=2026-01-15&to=2026-04-02&bucket=month", admin);
        assertThat(months.status()).isEqualTo(200);
        assertThat(months.json().path("labels")).extracting(JsonNode::asString)
                .containsExactly("2026-01-01", "2026-02-01", "2026-03-01", "2026-04-01");

        Api.Response backwards = api.get("/api/admin/dashboard/charts?from=2026-05-01&to=2026-04-01", admin);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.problemType()).isEqualTo("validation");
        assertThat(backwards.json().path("errors").get(0).path("field").asString()).isEqualTo("from");

        Api.Response badBucket = api.get("/api/admin/dashboard/charts?bucket=year", admin);
        assertThat(badBucket.status()).isEqualTo(400);
        assertThat(badBucket.contentType()).startsWith("application/problem+json");
    }

    private static long delta(JsonNode after, JsonNode before, String group, String field) {
        return after.path(group).path(field).asLong() - before.path(group).path(field).asLong(0);
    }

    private static JsonNode series(JsonNode chart, String key) {
        for (JsonNode s : chart.path("series")) {
            if (key.equals(s.path("key").asString())) {
                return s.path("data");
            }
        }
        throw new AssertionError("no series " + key);
    }
}
