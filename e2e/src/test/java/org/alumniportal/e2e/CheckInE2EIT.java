package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * Attendance check-in through the gateway with real Keycloak accounts: an attendee's ticket QR decodes to its
 * token, the organiser checks people in (a second scan 409, another event's ticket 400, a non-organiser 403), three
 * of five checked in count exactly 3 and 2 no-shows, a virtual join is recorded, and a withdrawn RSVP's ticket no
 * longer checks in; analytics then answers that event's participation as 3 of 5. The events start within the next
 * hour so check-in is open on the real clock.
 */
@Order(6)
@ExtendWith(SharedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CheckInE2EIT {

    private static Http gateway;
    private static Accounts.User admin;
    private static Accounts.User organiser;
    private static final List<Accounts.User> attendees = new ArrayList<>();
    private static String eventId;
    private static String otherEventId;

    @BeforeAll
    static void registerTheCast(SharedStack stack) {
        gateway = stack.gateway();
        Accounts accounts = stack.accounts();
        admin = accounts.admin();
        organiser = accounts.registerVerified("ALUMNI", "Olga Organiser");
        for (int i = 0; i < 6; i++) {
            attendees.add(accounts.registerVerified("STUDENT", "Atte Ndee " + (char) ('a' + i)));
        }
    }

    @Test
    @Order(1)
    void anAttendeesTicketQrDecodesToItsTokenAndTheOrganiserChecksThemIn() {
        eventId = create(event("Door check", false));
        otherEventId = create(event("Other room", false));
        for (Accounts.User attendee : attendees.subList(0, 5)) {
            Http.Response rsvp = gateway.post("/api/events/" + eventId + "/rsvp", Map.of("status", "ATTENDING"),
                    attendee.token());
            assertThat(rsvp.status()).as(rsvp.describe()).isEqualTo(200);
        }

        Http.Response ticket = gateway.get("/api/events/" + eventId + "/ticket", attendees.get(0).token());
        Http.Response qr = gateway.get("/api/events/" + eventId + "/ticket.png", attendees.get(0).token());
        assertThat(ticket.status()).as(ticket.describe()).isEqualTo(200);
        assertThat(qr.status()).as(qr.describe()).isEqualTo(200);
        String token = ticket.json().path("token").asString();
        assertThat(QrReader.decode(qr.bytes())).isEqualTo(token);

        Http.Response first = checkIn(eventId, token, organiser);
        Http.Response second = checkIn(eventId, token, organiser);

        assertThat(first.status()).as(first.describe()).isEqualTo(200);
        assertThat(first.json().path("method").asString()).isEqualTo("QR_TICKET");
        assertThat(second.status()).as(second.describe()).isEqualTo(409);
        assertThat(second.problemSlug()).isEqualTo("already-checked-in");
        assertThat(second.json().path("checkedInAt").asString()).isEqualTo(first.json().path("checkedInAt").asString());
    }

    @Test
    @Order(2)
    void anotherEventsTicketAnswers400AndANonOrganiser403() {
        Http.Response rsvp = gateway.post("/api/events/" + otherEventId + "/rsvp", Map.of("status", "ATTENDING"),
                attendees.get(5).token());
        assertThat(rsvp.status()).as(rsvp.describe()).isEqualTo(200);
        String otherTicket = ticket(otherEventId, attendees.get(5));
        String ownTicket = ticket(eventId, attendees.get(1));

        Http.Response wrongEvent = checkIn(eventId, otherTicket, organiser);
        Http.Response notOrganiser = checkIn(eventId, ownTicket, attendees.get(1));

        assertThat(wrongEvent.status()).as(wrongEvent.describe()).isEqualTo(400);
        assertThat(wrongEvent.problemSlug()).isEqualTo("ticket-wrong-event");
        assertThat(notOrganiser.status()).as(notOrganiser.describe()).isEqualTo(403);
    }

    @Test
    @Order(3)
    void afterThreeOfFiveCheckInAttendanceCountsThreeAndTwoNoShows() {
        for (Accounts.User attendee : attendees.subList(1, 3)) {
            Http.Response scanned = checkIn(eventId, ticket(eventId, attendee), organiser);
            assertThat(scanned.status()).as(scanned.describe()).isEqualTo(200);
        }

        Http.Response attendance = gateway.get("/api/events/" + eventId + "/attendance", organiser.token());

        assertThat(attendance.status()).as(attendance.describe()).isEqualTo(200);
        assertThat(attendance.json().path("checkedIn").asLong()).isEqualTo(3);
        assertThat(attendance.json().path("noShows").asLong()).isEqualTo(2);
        Http.Response mine = gateway.get("/api/events/my-events", attendees.get(0).token());
        assertThat(mine.json().path("items").get(0).path("attended").asBoolean()).isTrue();
    }

    @Test
    @Order(4)
    void analyticsCountsTheParticipationAsThreeOfFive() {
        // event.checked-in.v1 reaches analytics through Kafka: wait for it rather than for a fixed time
        JsonNode row = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500))
                .until(() -> participationRow(eventId), r -> r != null && r.path("checkIns").asLong() == 3);

        assertThat(row.path("attending").asLong()).isEqualTo(5);
        assertThat(row.path("attendanceRate").asDouble()).isEqualTo(0.6);
    }

    @Test
    @Order(5)
    void aWithdrawnRsvpsTicketNoLongerChecksIn() {
        Accounts.User leaver = attendees.get(4);
        String token = ticket(eventId, leaver);
        Http.Response left = gateway.post("/api/events/" + eventId + "/rsvp", Map.of("status", "NOT_ATTENDING"),
                leaver.token());
        assertThat(left.status()).as(left.describe()).isEqualTo(200);

        Http.Response scanned = checkIn(eventId, token, organiser);

        assertThat(scanned.status()).as(scanned.describe()).isEqualTo(400);
        assertThat(scanned.problemSlug()).isEqualTo("ticket-withdrawn");
    }

    @Test
    @Order(6)
    void aVirtualJoinIsRecordedAndRedirectsToTheMeeting() {
        String online = create(event("Online talk", true));
        Accounts.User attendee = attendees.get(3);
        gateway.post("/api/events/" + online + "/rsvp", Map.of("status", "ATTENDING"), attendee.token());

        Http.Response join = gateway.get("/api/events/" + online + "/join", attendee.token());
        Http.Response stranger = gateway.get("/api/events/" + online + "/join", attendees.get(0).token());

        assertThat(join.status()).as(join.describe()).isEqualTo(302);
        assertThat(join.header("Location")).isEqualTo("https://meet.example.com/alumni-talk");
        assertThat(stranger.status()).as(stranger.describe()).isEqualTo(403);
        Http.Response attendance = gateway.get("/api/events/" + online + "/attendance", organiser.token());
        assertThat(attendance.json().path("checkedIn").asLong()).isEqualTo(1);
    }

    /** The event's row of the admin's participation figures, or null while analytics has not seen it. */
    private static JsonNode participationRow(String event) {
        Http.Response figures = gateway.get("/api/analytics/event-participation?size=100", admin.token());
        assertThat(figures.status()).as(figures.describe()).isEqualTo(200);
        for (JsonNode item : figures.json().path("byEvent").path("items")) {
            if (event.equals(item.path("eventId").asString())) {
                return item;
            }
        }
        return null;
    }

    private static String create(Map<String, Object> body) {
        Http.Response created = gateway.post("/api/events/create", body, organiser.token());
        assertThat(created.status()).as(created.describe()).isEqualTo(201);
        return created.json().path("id").asString();
    }

    private static String ticket(String event, Accounts.User user) {
        Http.Response ticket = gateway.get("/api/events/" + event + "/ticket", user.token());
        assertThat(ticket.status()).as(ticket.describe()).isEqualTo(200);
        return ticket.json().path("token").asString();
    }

    private static Http.Response checkIn(String event, String token, Accounts.User by) {
        return gateway.post("/api/events/" + event + "/check-in", Map.of("ticket", token), by.token());
    }

    /** Starts in 30 minutes: inside the default 2-hour check-in window on the real clock. */
    private static Map<String, Object> event(String title, boolean virtual) {
        Instant start = Instant.now().plus(Duration.ofMinutes(30)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Come along");
        body.put("eventType", "NETWORKING");
        body.put("location", virtual ? null : "Main Hall");
        body.put("isVirtual", virtual);
        if (virtual) {
            body.put("meetingLink", "https://meet.example.com/alumni-talk");
        }
        body.put("startDate", start.toString());
        body.put("endDate", start.plus(Duration.ofHours(2)).toString());
        return body;
    }
}
