package org.alumniportal.community.rsvp;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.alumniportal.platform.test.Api;
import org.alumniportal.community.testing.CommunityIntegrationTest;
import org.alumniportal.platform.events.Topics;
import org.junit.jupiter.api.Test;

class RsvpIT extends CommunityIntegrationTest {

    @Test
    void fiftyConcurrentRsvpsForTenSeatsLeaveTenAttendingAndFortyWaitlisted() throws Exception {
        String creator = bearer(newId("alum"), "ALUMNI");
        String id = createEvent(creator, eventBody("Small room", Duration.ofDays(3), 10));
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            people.add(newId("p" + i));
        }

        List<Api.Response> answers = all(people.stream()
                .<Callable<Api.Response>>map(p -> () -> rsvp(id, bearer(p, "STUDENT"), "ATTENDING")).toList());

        assertThat(answers).allSatisfy(a -> assertThat(a.status()).isEqualTo(200));
        assertThat(answers.stream().filter(a -> a.json().path("status").asString().equals("ATTENDING"))).hasSize(10);
        assertThat(answers.stream().filter(a -> a.json().path("status").asString().equals("WAITLISTED"))).hasSize(40);
        Api.Response event = api.get("/api/events/" + id, creator);
        assertThat(event.json().path("attendingCount").asLong()).isEqualTo(10);
        assertThat(event.json().path("waitlistCount").asLong()).isEqualTo(40);
        assertThat(api.get("/api/events/" + id + "/attendees?size=100", creator).json().path("totalElements").asLong())
                .isEqualTo(10);

        String leaving = answers.stream().filter(a -> a.json().path("status").asString().equals("ATTENDING"))
                .findFirst().orElseThrow().json().path("userId").asString();
        Api.Response left = rsvp(id, bearer(leaving, "STUDENT"), "NOT_ATTENDING");

        assertThat(left.json().path("status").asString()).isEqualTo("NOT_ATTENDING");
        Api.Response after = api.get("/api/events/" + id, creator);
        assertThat(after.json().path("attendingCount").asLong()).isEqualTo(10);
        assertThat(after.json().path("waitlistCount").asLong()).isEqualTo(39);
        assertThat(events(Topics.COMMUNITY, id, "event.waitlist-promoted.v1", 1)).hasSize(1);
        Api.Response waitlist = api.get("/api/events/" + id + "/attendees?status=WAITLISTED&size=100", creator);
        assertThat(waitlist.json().path("totalElements").asLong()).isEqualTo(39);
    }

    @Test
    void theFirstOnTheWaitlistIsPromotedWhenASeatFreesUp() {
        String creator = bearer(newId("alum"), "ALUMNI");
        String id = createEvent(creator, eventBody("Tiny", Duration.ofDays(3), 1));
        String first = newId("first");
        String second = newId("second");
        String third = newId("third");
        rsvp(id, bearer(first, "STUDENT"), "ATTENDING");
        Api.Response waiting = rsvp(id, bearer(second, "STUDENT"), "ATTENDING");
        rsvp(id, bearer(third, "STUDENT"), "ATTENDING");

        assertThat(waiting.json().path("status").asString()).isEqualTo("WAITLISTED");
        assertThat(rsvp(id, bearer(second, "STUDENT"), "ATTENDING").json().path("status").asString())
                .as("asking again keeps the place in the queue").isEqualTo("WAITLISTED");
        rsvp(id, bearer(first, "STUDENT"), "MAYBE");

        Api.Response mine = api.get("/api/events/my-events", bearer(second, "STUDENT"));
        assertThat(mine.json().path("items").get(0).path("myStatus").asString()).isEqualTo("ATTENDING");
        assertThat(api.get("/api/events/my-events", bearer(third, "STUDENT")).json().path("items").get(0)
                .path("myStatus").asString()).isEqualTo("WAITLISTED");
        assertThat(events(Topics.COMMUNITY, id, "event.waitlist-promoted.v1", 1).get(0).value()).contains(second);
    }

    @Test
    void raisingTheCapacityPromotesWaitlistedPeople() {
        String creator = bearer(newId("alum"), "ALUMNI");
        Map<String, Object> body = eventBody("Growing", Duration.ofDays(3), 1);
        String id = createEvent(creator, body);
        for (int i = 0; i < 3; i++) {
            rsvp(id, bearer(newId("p"), "STUDENT"), "ATTENDING");
        }

        body.put("maxAttendees", 3);
        Api.Response raised = api.put("/api/events/" + id, body, creator);
        body.put("maxAttendees", 1);
        Api.Response lowered = api.put("/api/events/" + id, body, creator);

        assertThat(raised.status()).isEqualTo(200);
        Api.Response event = api.get("/api/events/" + id, creator);
        assertThat(event.json().path("attendingCount").asLong()).isEqualTo(3);
        assertThat(event.json().path("waitlistCount").asLong()).isZero();
        assertThat(lowered.status()).isEqualTo(409);
        assertThat(lowered.problemType()).isEqualTo("capacity-below-attendance");
    }

    @Test
    void rsvpsCloseAtTheRegistrationDeadline() {
        Map<String, Object> body = eventBody("Deadline", Duration.ofDays(3), null);
        body.put("registrationDeadline", clock.instant().plus(Duration.ofDays(1)).toString());
        String id = createEvent(bearer(newId("alum"), "ALUMNI"), body);
        assertThat(rsvp(id, bearer(newId("early"), "STUDENT"), "MAYBE").status()).isEqualTo(200);

        clock.advance(Duration.ofDays(1).plusMinutes(1));
        Api.Response late = rsvp(id, bearer(newId("late"), "STUDENT"), "ATTENDING");

        assertThat(late.status()).isEqualTo(409);
        assertThat(late.problemType()).isEqualTo("rsvp-closed");
    }

    @Test
    void onlyAttendeesTheCreatorAndAdminsSeeTheAttendeeList() {
        String creator = bearer(newId("alum"), "ALUMNI");
        String id = createEvent(creator, eventBody("Private list", Duration.ofDays(3), null));
        String attendee = newId("att");
        rsvp(id, bearer(attendee, "STUDENT"), "ATTENDING");

        assertThat(api.get("/api/events/" + id + "/attendees", bearer(attendee, "STUDENT")).status()).isEqualTo(200);
        assertThat(api.get("/api/events/" + id + "/attendees", creator).status()).isEqualTo(200);
        assertThat(api.get("/api/events/" + id + "/attendees", bearer(newId("adm"), "ADMIN")).status()).isEqualTo(200);
        Api.Response stranger = api.get("/api/events/" + id + "/attendees", bearer(newId("x"), "STUDENT"));
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.problemType()).isEqualTo("forbidden");
    }

    @Test
    void waitlistedIsNotAnAnswerAndAMissingStatusIsAFieldError() {
        String id = createEvent(bearer(newId("alum"), "ALUMNI"), eventBody("Answers", Duration.ofDays(3), null));

        assertThat(rsvp(id, bearer(newId("p"), "STUDENT"), "WAITLISTED").problemType())
                .isEqualTo("validation");
        Api.Response missing = api.post("/api/events/" + id + "/rsvp", Map.of(), bearer(newId("p"), "STUDENT"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("status");
    }

    private static List<Api.Response> all(List<Callable<Api.Response>> calls) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(calls.size());
        try {
            List<Future<Api.Response>> futures = pool.invokeAll(calls);
            List<Api.Response> results = new ArrayList<>();
            for (Future<Api.Response> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
