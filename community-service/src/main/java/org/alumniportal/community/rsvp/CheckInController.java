package org.alumniportal.community.rsvp;

import java.net.URI;
import java.time.Duration;

import org.alumniportal.platform.qr.QrCodes;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Tickets, check-in at the door, virtual joins and attendance. */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Events")
class CheckInController {

    private static final int MIN_QR = 120;
    private static final int MAX_QR = 1024;

    private final CheckInService checkIns;

    CheckInController(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    @GetMapping("/{eventId}/ticket")
    @Operation(summary = "My ticket for an event I attend", description = "token is what the QR code encodes; it "
            + "checks in only while my RSVP is ATTENDING. 409 not-attending without an ATTENDING RSVP.")
    TicketView ticket(@Parameter(hidden = true) CurrentUser user, @PathVariable String eventId) {
        return checkIns.ticket(user, eventId);
    }

    @GetMapping(value = "/{eventId}/ticket.png", produces = MediaType.IMAGE_PNG_VALUE)
    @Operation(summary = "QR code (PNG) of my ticket", description = "Quiet zone of 4 modules; size in pixels "
            + "(120–1024). 409 not-attending without an ATTENDING RSVP.")
    ResponseEntity<byte[]> ticketPng(@Parameter(hidden = true) CurrentUser user, @PathVariable String eventId,
            @RequestParam(defaultValue = "" + QrCodes.DEFAULT_SIZE) int size) {
        TicketView ticket = checkIns.ticket(user, eventId);
        int pixels = Math.max(MIN_QR, Math.min(MAX_QR, size));
        // private: a ticket is personal; no-store would force a redraw on every open of the wallet page
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG)
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePrivate())
                .body(QrCodes.png(ticket.token(), pixels));
    }

    @PostMapping("/{eventId}/check-in")
    @Operation(summary = "Check a ticket holder in (the event's creator or an admin)", description = "The first scan "
            + "records the person and answers who it is. 409 already-checked-in (with checkedInAt of the first scan), "
            + "400 ticket-invalid / ticket-wrong-event / ticket-withdrawn, 409 check-in-closed outside the window "
            + "(from portal.community.check-in.opens-before before the start until the end), 403 not-event-organiser.")
    CheckInView checkIn(@Parameter(hidden = true) CurrentUser user, @PathVariable String eventId,
            @Valid @RequestBody CheckInRequest request) {
        return checkIns.checkIn(user, eventId, request.ticket());
    }

    @GetMapping("/{eventId}/join")
    @Operation(summary = "Join a virtual event (attendees only)", description = "Records attendance (once) and "
            + "redirects to the meeting link. 403 not-an-attendee, 409 not-virtual, 409 check-in-closed.")
    @ApiResponse(responseCode = "302", description = "Redirect to the meeting link")
    ResponseEntity<Void> join(@Parameter(hidden = true) CurrentUser user, @PathVariable String eventId) {
        String link = checkIns.join(user, eventId);
        return ResponseEntity.status(HttpStatus.FOUND).location(URI.create(link))
                .cacheControl(CacheControl.noStore()).build();
    }

    @GetMapping("/{eventId}/attendance")
    @Operation(summary = "Attendance of an event (the creator and admins)", description = "Counts attending, "
            + "checkedIn and noShows, and a paged list of people: checked-in ones first in scan order, then no-shows. "
            + "403 not-event-organiser.")
    AttendanceView attendance(@Parameter(hidden = true) CurrentUser user, @PathVariable String eventId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return checkIns.attendance(user, eventId, page, size);
    }
}
