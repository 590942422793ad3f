package org.alumniportal.community.rsvp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.imageio.ImageIO;

import org.alumniportal.platform.test.Api;
import org.alumniportal.community.testing.CommunityIntegrationTest;
import org.alumniportal.platform.events.Topics;
import org.junit.jupiter.api.Test;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

class CheckInIT extends CommunityIntegrationTest {

    @Test
    void anAttendeesTicketQrDecodesToItsTokenAndTheFirstScanChecksThemIn() throws Exception {
        String organiser = bearer(newId("org"), "ALUMNI");
        String id = createEvent(organiser, eventBody("Meetup", Duration.ofHours(1), null));
        String attendee = newId("att");
        rsvp(id, bearer(attendee, "STUDENT"), "ATTENDING");

        Api.Response ticket = api.get("/api/events/" + id + "/ticket", bearer(attendee, "STUDENT"));
        HttpResponse<byte[]> png = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(
                "http://127.0.0.1:" + port() + "/api/events/" + id + "/ticket.png")).header("Accept", "image/png")
                .header("Authorization", bearer(attendee, "STUDENT")).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        String token = ticket.json().path("token").asString();

        assertThat(ticket.status()).isEqualTo(200);
        assertThat(png.statusCode()).isEqualTo(200);
        assertThat(png.headers().firstValue("Content-Type").orElse("")).startsWith("image/png");
        assertThat(new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(
                ImageIO.read(new ByteArrayInputStream(png.body())))))).getText()).isEqualTo(token);

        Api.Response first = checkIn(id, token, organiser);
        Api.Response second = checkIn(id, token, organiser);

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("userId").asString()).isEqualTo(attendee);
        assertThat(first.json().path("method").asString()).isEqualTo("QR_TICKET");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.problemType()).isEqualTo("already-checked-in");
        assertThat(second.json().path("checkedInAt").asString())
                .isEqualTo(first.json().path("checkedInAt").asString());
        assertThat(events(Topics.COMMUNITY, id, "event.checked-in.v1", 1).get(0).value()).contains(attendee)
                .contains("QR_TICKET");
    }

    @Test
    void aTicketOfAnotherEventAForgedOneAndAWithdrawnOneAreEachRejectedWithTheirOwnProblem() {
        String organiser = bearer(newId("org"), "ALUMNI");
        String id = createEvent(organiser, eventBody("Here", Duration.ofHours(1), null));
        String other = createEvent(organiser, eventBody("There", Duration.ofHours(1), null));
        String elsewhere = newId("else");
        rsvp(other, bearer(elsewhere, "STUDENT"), "ATTENDING");
        String leaver = newId("leaver");
        rsvp(id, bearer(leaver, "STUDENT"), "ATTENDING");
        String withdrawn = api.get("/api/events/" + id + "/ticket", bearer(leaver, "STUDENT")).json().path("token")
                .asString();
        rsvp(id, bearer(leaver, "STUDENT"), "NOT_ATTENDING");
        String otherTicket = api.get("/api/events/" + other + "/ticket", bearer(elsewhere, "STUDENT")).json()
                .path("token").asString();

        Api.Response wrongEvent = checkIn(id, otherTicket, organiser);
        Api.Response forged = checkIn(id, otherTicket.substring(0, otherTicket.length() - 2) + "AA", organiser);
        Api.Response gone = checkIn(id, withdrawn, organiser);
        Api.Response blank = checkIn(id, " ", organiser);

        assertThat(wrongEvent.status()).isEqualTo(400);
        assertThat(wrongEvent.problemType()).isEqualTo("ticket-wrong-event");
        assertThat(forged.status()).isEqualTo(400);
        assertThat(forged.problemType()).isEqualTo("ticket-invalid");
        assertThat(gone.status()).isEqualTo(400);
        assertThat(gone.problemType()).isEqualTo("ticket-withdrawn");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("ticket");
        assertThat(api.get("/api/events/" + id + "/ticket", bearer(leaver, "STUDENT")).problemType())
                .as("no ticket without an ATTENDING RSVP").isEqualTo("not-attending");
    }

    @Test
    void onlyTheCreatorAndAdminsCheckPeopleInAndSeeAttendance() {
        String organiser = bearer(newId("org"), "ALUMNI");
        String id = createEvent(organiser, eventBody("Guarded", Duration.ofHours(1), null));
        String attendee = newId("att");
        rsvp(id, bearer(attendee, "STUDENT"), "ATTENDING");
        String token = api.get("/api/events/" + id + "/ticket", bearer(attendee, "STUDENT")).json().path("token")
                .asString();

        Api.Response self = checkIn(id, token, bearer(attendee, "STUDENT"));
        Api.Response stranger = api.get("/api/events/" + id + "/attendance", bearer(newId("x"), "ALUMNI"));
        Api.Response admin = checkIn(id, token, bearer(newId("adm"), "ADMIN"));

        assertThat(self.status()).isEqualTo(403);
        assertThat(self.problemType()).isEqualTo("forbidden");
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(admin.status()).isEqualTo(200);
    }

    @Test
    void afterThreeOfFiveAttendeesCheckInAttendanceCountsThreeCheckedInAndTwoNoShows() {
        String organiser = bearer(newId("org"), "ALUMNI");
        String id = createEvent(organiser, eventBody("Five", Duration.ofHours(1), null));
        List<String> people = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            String person = newId("p" + i);
            people.add(person);
            rsvp(id, bearer(person, "STUDENT"), "ATTENDING");
        }
        for (String person : people.subList(0, 3)) {
            String token = api.get("/api/events/" + id + "/ticket", bearer(person, "STUDENT")).json().path("token")
                    .asString();
            assertThat(checkIn(id, token, organiser).status()).isEqualTo(200);
        }

        Api.Response attendance = api.get("/api/events/" + id + "/attendance?size=2", organiser);

        assertThat(attendance.status()).isEqualTo(200);
        assertThat(attendance.json().path("attending").asLong()).isEqualTo(5);
        assertThat(attendance.json().path("checkedIn").asLong()).isEqualTo(3);
        assertThat(attendance.json().path("noShows").asLong()).isEqualTo(2);
        assertThat(attendance.json().path("people").path("totalElements").asLong()).isEqualTo(5);
        assertThat(attendance.json().path("people").path("items")).hasSize(2);
        assertThat(attendance.json().path("people").path("items").get(0).path("checkedInAt").isNull()).isFalse();
        Api.Response last = api.get("/api/events/" + id + "/attendance?size=2&page=2", organiser);
        assertThat(last.json().path("people").path("items").get(0).path("attended").asBoolean()).isFalse();
        assertThat(api.get("/api/events/my-events", bearer(people.get(0), "STUDENT")).json().path("items").get(0)
                .path("attended").asBoolean()).isTrue();
        assertThat(api.get("/api/events/my-events", bearer(people.get(4), "STUDENT")).json().path("items").get(0)
                .path("attended").asBoolean()).isFalse();
    }

    @Test
    void tenConcurrentScansOfOneTicketCheckInOnce() throws Exception {
        String organiser = bearer(newId("org"), "ALUMNI");
        String id = createEvent(organiser, eventBody("Rush", Duration.ofHours(1), null));
        String attendee = newId("att");
        rsvp(id, bearer(attendee, "STUDENT"), "ATTENDING");
        String token = api.get("/api/events/" + id + "/ticket", bearer(attendee, "STUDENT")).json().path("token")
                .asString();

        List<Callable<Api.Response>> scans = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            scans.add(() -> checkIn(id, token, organiser));
        }
        ExecutorService pool = Executors.newFixedThreadPool(10);
        List<Integer> statuses = new ArrayList<>();
        try {
            for (Future<Api.Response> f : pool.invokeAll(scans)) {
                statuses.add(f.get().status());
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(statuses.stream().filter(s -> s == 200)).hasSize(1);
        assertThat(statuses.stream().filter(s -> s == 409)).hasSize(9);
        assertThat(api.get("/api/events/" + id + "/attendance", organiser).json().path("checkedIn").asLong())
                .isEqualTo(1);
    }

    @Test
    void checkInIsClosedLongBeforeTheStart() {
        String organiser = bearer(newId("org"), "ALUMNI");
        String id = createEvent(organiser, eventBody("Later", Duration.ofDays(2), null));
        String attendee = newId("att");
        rsvp(id, bearer(attendee, "STUDENT"), "ATTENDING");
        String token = api.get("/api/events/" + id + "/ticket", bearer(attendee, "STUDENT")).json().path("token")
                .asString();

        Api.Response early = checkIn(id, token, organiser);

        assertThat(early.status()).isEqualTo(409);
        assertThat(early.problemType()).isEqualTo("check-in-closed");
    }

    @Test
    void aVirtualAttendeeJoiningIsRecordedAndRedirectedStrangersAreNot() {
        String organiser = bearer(newId("org"), "ALUMNI");
        Map<String, Object> body = eventBody("Online", Duration.ofMinutes(30), null);
        body.put("isVirtual", true);
        body.put("location", null);
        body.put("meetingLink", "https://meet.example.com/room-42");
        String id = createEvent(organiser, body);
        String attendee = newId("att");
        rsvp(id, bearer(attendee, "STUDENT"), "ATTENDING");

        Api.Response join = api.get("/api/events/" + id + "/join", bearer(attendee, "STUDENT"));
        Api.Response again = api.get("/api/events/" + id + "/join", bearer(attendee, "STUDENT"));
        Api.Response stranger = api.get("/api/events/" + id + "/join", bearer(newId("x"), "STUDENT"));

        assertThat(join.status()).isEqualTo(302);
        assertThat(join.header("Location")).isEqualTo("https://meet.example.com/room-42");
        assertThat(again.status()).isEqualTo(302);
        assertThat(stranger.status()).isEqualTo(403);
        assertThat(stranger.body()).doesNotContain("room-42");
        assertThat(api.get("/api/events/" + id, bearer(newId("x"), "STUDENT")).body()).doesNotContain("room-42");
        assertThat(api.get("/api/events/" + id, organiser).json().path("meetingLink").asString())
                .isEqualTo("https://meet.example.com/room-42");
        Api.Response attendance = api.get("/api/events/" + id + "/attendance", organiser);
        assertThat(attendance.json().path("checkedIn").asLong()).isEqualTo(1);
        assertThat(attendance.json().path("people").path("items").get(0).path("method").asString())
                .isEqualTo("VIRTUAL_JOIN");
        assertThat(events(Topics.COMMUNITY, id, "event.checked-in.v1", 1).get(0).value()).contains("VIRTUAL_JOIN");
    }

    @Test
    void theOpenApiDocumentListsTicketsCheckInJoinAndAttendanceWithoutTheCallerAsAParameter() {
        Api.Response docs = api.get("/v3/api-docs", null);

        assertThat(docs.body()).contains("\"/api/events/{eventId}/ticket\"", "\"/api/events/{eventId}/ticket.png\"",
                "\"/api/events/{eventId}/check-in\"", "\"/api/events/{eventId}/join\"",
                "\"/api/events/{eventId}/attendance\"", "\"302\"", "already-checked-in");
        assertThat(docs.body()).doesNotContain("\"name\":\"user\"");
    }

    private Api.Response checkIn(String eventId, String token, String bearer) {
        return api.post("/api/events/" + eventId + "/check-in", Map.of("ticket", token), bearer);
    }
}
