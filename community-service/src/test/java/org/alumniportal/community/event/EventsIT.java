package org.alumniportal.community.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.alumniportal.platform.test.Api;
import org.alumniportal.community.testing.CommunityIntegrationTest;
import org.alumniportal.platform.events.Topics;
import org.junit.jupiter.api.Test;

class EventsIT extends CommunityIntegrationTest {

    @Test
    void anAlumnusCreatesAnEventThatIsListedAndAnnounced() {
        String word = "gala" + System.nanoTime();
        Map<String, Object> body = eventBody("Alumni " + word, Duration.ofDays(3), 10);
        body.put("description", "Join us <script>alert(1)</script><b>now</b>");

        Api.Response created = api.post("/api/events/create", body, bearer(newId("alum"), "ALUMNI"));

        assertThat(created.status()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/events/" + created.json().path("id").asString());
        assertThat(created.json().path("isVirtual").asBoolean()).isFalse();
        assertThat(created.json().path("attendingCount").asLong()).isZero();
        assertThat(created.json().path("waitlistCount").asLong()).isZero();
        assertThat(created.json().path("description").asString()).doesNotContain("<script").contains("<b>now</b>");
        String id = created.json().path("id").asString();
        Api.Response list = api.get("/api/events?when=upcoming&q=" + word, bearer(newId("student"), "STUDENT"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().path("totalElements").asLong()).isEqualTo(1);
        assertThat(list.json().path("items").get(0).path("id").asString()).isEqualTo(id);
        assertThat(events(Topics.COMMUNITY, id, "event.created.v1", 1)).hasSize(1);
    }

    @Test
    void aStudentMayNotCreateAnEvent() {
        Api.Response refused = api.post("/api/events/create", eventBody("Party", Duration.ofDays(1), null),
                bearer(newId("student"), "STUDENT"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.problemType()).isEqualTo("forbidden");
    }

    @Test
    void invalidEventsAreRefusedWithFieldErrors() {
        Map<String, Object> body = eventBody("Webinar", Duration.ofDays(2), 0);
        body.put("isVirtual", true);
        body.put("meetingLink", "http://insecure.example.com/room");
        body.put("endDate", clock.instant().toString());

        Api.Response refused = api.post("/api/events/create", body, bearer(newId("alum"), "ALUMNI"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemType()).isEqualTo("validation");
        assertThat(refused.body()).contains("maxAttendees");
        Map<String, Object> crossField = eventBody("Webinar", Duration.ofDays(2), 5);
        crossField.put("isVirtual", true);
        crossField.put("meetingLink", "http://insecure.example.com/room");
        crossField.put("endDate", clock.instant().toString());
        Api.Response refusedAgain = api.post("/api/events/create", crossField, bearer(newId("alum"), "ALUMNI"));
        assertThat(refusedAgain.status()).isEqualTo(400);
        assertThat(refusedAgain.body()).contains("meetingLink").contains("endDate");
        Api.Response badEnum = api.post("/api/events/create", Map.of("title", "x", "eventType", "RAVE"),
                bearer(newId("alum"), "ALUMNI"));
        assertThat(badEnum.status()).isEqualTo(400);
    }

    @Test
    void onlyTheCreatorOrAnAdminEditsAndCancels() {
        String creator = bearer(newId("alum"), "ALUMNI");
        String id = createEvent(creator, eventBody("Reunion", Duration.ofDays(5), 20));
        Map<String, Object> changed = eventBody("Reunion 2.0", Duration.ofDays(6), 30);

        Api.Response byOther = api.put("/api/events/" + id, changed, bearer(newId("alum"), "ALUMNI"));
        Api.Response byCreator = api.put("/api/events/" + id, changed, creator);
        Api.Response cancelledByAdmin = api.delete("/api/events/" + id, bearer(newId("admin"), "ADMIN"));

        assertThat(byOther.status()).isEqualTo(403);
        assertThat(byCreator.status()).isEqualTo(200);
        assertThat(byCreator.json().path("title").asString()).isEqualTo("Reunion 2.0");
        assertThat(byCreator.json().path("maxAttendees").asInt()).isEqualTo(30);
        assertThat(cancelledByAdmin.status()).isEqualTo(204);
        Api.Response after = api.get("/api/events/" + id, creator);
        assertThat(after.json().path("status").asString()).isEqualTo("CANCELLED");
        assertThat(rsvp(id, bearer(newId("s"), "STUDENT"), "ATTENDING").problemType()).isEqualTo("event-cancelled");
        assertThat(events(Topics.COMMUNITY, id, "event.cancelled.v1", 1)).hasSize(1);
        assertThat(events(Topics.ADMIN, id, "admin.action.v1", 1)).hasSize(1);
    }

    @Test
    void pastEventsAreListedApartFromUpcomingOnes() {
        String word = "retro" + System.nanoTime();
        String creator = bearer(newId("alum"), "ALUMNI");
        String soon = createEvent(creator, eventBody("Soon " + word, Duration.ofHours(1), null));
        clock.advance(Duration.ofHours(4));
        String later = createEvent(creator, eventBody("Later " + word, Duration.ofDays(1), null));

        Api.Response upcoming = api.get("/api/events?q=" + word, creator);
        Api.Response past = api.get("/api/events?when=past&q=" + word, creator);

        assertThat(upcoming.json().path("items").findValuesAsString("id")).containsExactly(later);
        assertThat(past.json().path("items").findValuesAsString("id")).containsExactly(soon);
        assertThat(api.get("/api/events?when=tomorrow", creator).status()).isEqualTo(400);
    }

    @Test
    void theCalendarEntryIsAnRfc5545Event() {
        String id = createEvent(bearer(newId("alum"), "ALUMNI"), eventBody("Tech Talk, with; commas",
                Duration.ofDays(2), null));

        Api.Response ics = api.get("/api/events/" + id + "/calendar.ics", bearer(newId("s"), "STUDENT"));

        assertThat(ics.status()).isEqualTo(200);
        assertThat(ics.header("Content-Type")).startsWith("text/calendar");
        assertThat(ics.body()).startsWith("BEGIN:VCALENDAR").contains("BEGIN:VEVENT", "UID:" + id + "@alumni-portal",
                "SUMMARY:Tech Talk\\, with\\; commas", "DTSTART:", "DTEND:", "LOCATION:Main Hall", "END:VCALENDAR");
    }

    @Test
    void anUnknownEventIsANotFoundProblem() {
        Api.Response missing = api.get("/api/events/nope", bearer(newId("s"), "STUDENT"));

        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problemType()).isEqualTo("not-found");
    }
}
