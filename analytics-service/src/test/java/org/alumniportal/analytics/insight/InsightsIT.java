package org.alumniportal.analytics.insight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.alumniportal.analytics.testing.AnalyticsIntegrationTest;
import org.alumniportal.analytics.testing.Profiles;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.community.EventCheckedIn;
import org.alumniportal.platform.events.community.EventCreated;
import org.alumniportal.platform.events.community.EventRsvp;
import org.alumniportal.platform.events.job.JobPosted;
import org.alumniportal.platform.events.mentorship.MentorRegistered;
import org.alumniportal.platform.events.mentorship.MentorshipAccepted;
import org.alumniportal.platform.events.mentorship.MentorshipRejected;
import org.alumniportal.platform.events.mentorship.MentorshipRequested;
import org.alumniportal.platform.events.mentorship.SessionCompleted;
import org.alumniportal.platform.events.mentorship.SessionFeedbackGiven;
import org.alumniportal.platform.events.mentorship.SessionScheduled;
import org.alumniportal.platform.events.profile.ProfileDeleted;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** Each analytics figure matches a hand-counted population. */
class InsightsIT extends AnalyticsIntegrationTest {

    @Test
    void skillsLocationsCompaniesAndBatchesCountProfilesNotDeletedOnes() {
        String skill = word("Is");
        String company = word("Co");
        String place = word("Town");
        String admin = admin();
        for (int i = 0; i < 3; i++) {
            String user = newId("alumnus");
            events.send(user, new ProfileUpdated(user, "ALUMNI", "P", "h", company, "Dev", i < 2 ? "Chennai" : place,
                    1987, List.of(skill, "java"), 2, i == 0 ? "HIDDEN" : "SIGNED_IN", i == 0, false, 50));
        }
        String gone = newId("alumnus");
        events.send(gone, new ProfileUpdated(gone, "ALUMNI", "P", "h", company, "Dev", place, 1987, List.of(skill), 2,
                "SIGNED_IN", false, false, 50), Instant.now().minusSeconds(5));
        events.send(gone, new ProfileDeleted(gone, gone, "OWNER"));
        String job = newId("job");
        events.send(job, new JobPosted(job, "Dev", "Acme", "Pune", "CONTRACT", false, List.of(skill), "r",
                Instant.now().plus(Duration.ofDays(3))));

        JsonNode skills = await().atMost(WAIT).until(() -> api.get("/api/analytics/skills?size=100", admin).json(),
                page -> item(page, "skill", skill) != null && item(page, "skill", skill).path("openJobs").asLong() == 1);
        assertThat(item(skills, "skill", skill).path("profiles").asLong()).isEqualTo(3);

        JsonNode locations = api.get("/api/analytics/locations?size=100", admin).json();
        JsonNode unknown = item(locations, "location", place);
        assertThat(unknown.path("count").asLong()).isEqualTo(1);
        assertThat(unknown.path("latitude").isNull()).isTrue();
        assertThat(item(locations, "location", "Chennai").path("latitude").asDouble()).isEqualTo(13.0827);

        JsonNode companies = api.get("/api/analytics/companies?size=100", admin).json();
        assertThat(item(companies, "company", company).path("count").asLong()).isEqualTo(3);

        JsonNode batches = api.get("/api/analytics/batches", admin).json();
        JsonNode batch = item(batches, "batchYear", "1987");
        assertThat(batch.path("profiles").asLong()).isEqualTo(3);
        assertThat(batch.path("verified").asLong()).isEqualTo(1);
    }

    @Test
    void mentorshipStatsCountOutcomesSessionsAndRatings() {
        String admin = admin();
        JsonNode before = api.get("/api/analytics/mentorship-stats", admin).json();
        String mentor = newId("mentor");
        events.send(mentor, new MentorRegistered(mentor, List.of("Kubernetes"), 3, true));
        String m1 = newId("m"), m2 = newId("m"), s1 = newId("session");
        events.send(m1, new MentorshipRequested(m1, mentor, newId("mentee"), "hi"));
        events.send(m2, new MentorshipRequested(m2, mentor, newId("mentee"), "hi"));
        events.send(m1, new MentorshipAccepted(m1, mentor, "x"));
        events.send(m2, new MentorshipRejected(m2, mentor, "y", "busy"));
        events.send(s1, new SessionScheduled(s1, m1, mentor, "x", Instant.now(), 45, mentor));
        events.send(s1, new SessionCompleted(s1, m1, mentor, "x", Instant.now()));
        events.send(s1, new SessionFeedbackGiven(s1, m1, mentor, "x", 4, "good"));

        JsonNode after = await().atMost(WAIT).until(() -> api.get("/api/analytics/mentorship-stats", admin).json(),
                s -> delta(s, before, "sessionsCompleted") == 1 && delta(s, before, "rejected") == 1
                        && delta(s, before, "mentors") == 1);

        assertThat(delta(after, before, "requests")).isEqualTo(2);
        assertThat(delta(after, before, "accepted")).isEqualTo(1);
        assertThat(delta(after, before, "active")).isEqualTo(1);
        assertThat(after.path("averageRating").isNumber()).isTrue();
    }

    @Test
    void eventParticipationPerEventAndJobTrendsPerCategory() {
        String admin = admin();
        String event = newId("ev");
        Instant start = Instant.now().plus(Duration.ofDays(400));
        events.send(event, new EventCreated(event, "Far future", "WORKSHOP", "Pune", false, start, start, 4, "host"));
        for (int i = 0; i < 4; i++) {
            String user = newId("u");
            events.send(event, new EventRsvp(event, user, "ATTENDING", null));
            if (i < 3) {
                events.send(event, new EventCheckedIn(event, user, "host", "QR_TICKET", Instant.now()));
            }
        }
        events.send(event, new EventRsvp(event, "maybe-person", "MAYBE", null));

        JsonNode participation = await().atMost(WAIT).until(() -> api.get("/api/analytics/event-participation?size=100",
                admin).json(), p -> eventRow(p, event) != null && eventRow(p, event).path("checkIns").asLong() == 3);
        JsonNode row = eventRow(participation, event);
        assertThat(row.path("attending").asLong()).isEqualTo(4);
        assertThat(row.path("attendanceRate").asDouble()).isEqualTo(0.75);
        assertThat(row.path("fillRate").asDouble()).isEqualTo(1.0);

        JsonNode trendsBefore = api.get("/api/analytics/job-trends", admin).json();
        String job = newId("job");
        events.send(job, new JobPosted(job, "Lab", "Acme", "Pune", "PART_TIME", false, List.of("R"), "r", null));
        events.send(job, new ApplicationSubmitted(newId("app"), job, "Lab", newId("s"), "r", "PROFILE", Instant.now()));
        JsonNode trends = await().atMost(WAIT).until(() -> api.get("/api/analytics/job-trends", admin).json(),
                t -> count(t, "PART_TIME", "applications") == count(trendsBefore, "PART_TIME", "applications") + 1);
        assertThat(count(trends, "PART_TIME", "posted")).isEqualTo(count(trendsBefore, "PART_TIME", "posted") + 1);
    }

    private static long delta(JsonNode after, JsonNode before, String field) {
        return after.path(field).asLong() - before.path(field).asLong(0);
    }

    private static JsonNode item(JsonNode page, String field, String value) {
        for (JsonNode item : page.path("items")) {
            if (value.equals(item.path(field).asString())) {
                return item;
            }
        }
        return null;
    }

    private static JsonNode eventRow(JsonNode participation, String eventId) {
        return item(participation.path("byEvent"), "eventId", eventId);
    }

    private static long count(JsonNode trends, String category, String field) {
        JsonNode row = item(trends, "category", category);
        return row == null ? 0 : row.path(field).asLong();
    }
}
