package org.alumniportal.community.rsvp;

import java.util.List;

import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;
import org.alumniportal.community.event.Event;
import org.alumniportal.community.event.EventService;
import org.alumniportal.community.event.EventView;
import org.alumniportal.community.people.People;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** RSVPs, attendees and the caller's events. */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Events")
class RsvpController {

    private final RsvpService rsvps;
    private final EventService events;
    private final People people;
    private final CheckInService checkIns;

    RsvpController(RsvpService rsvps, EventService events, People people, CheckInService checkIns) {
        this.rsvps = rsvps;
        this.events = events;
        this.people = people;
        this.checkIns = checkIns;
    }

    @PostMapping("/{eventId}/rsvp")
    @Operation(summary = "Answer an event (anyone signed in); changing the answer is allowed",
            description = "ATTENDING on a full event answers status WAITLISTED; leaving promotes the first on the "
                    + "waitlist. 409 rsvp-closed after registrationDeadline, 409 event-cancelled.")
    RsvpView rsvp(@Parameter(hidden = true) CurrentUser user, @PathVariable String eventId,
            @Valid @RequestBody RsvpRequest request) {
        return rsvps.answer(user, eventId, request.status());
    }

    @GetMapping("/{eventId}/attendees")
    @Operation(summary = "People who answered the event, paged (attendees, the creator and admins only)")
    PageResponse<Attendee> attendees(@Parameter(hidden = true) CurrentUser user, @PathVariable String eventId,
            @RequestParam(defaultValue = "ATTENDING") RsvpStatus status,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        Event event = events.read(user, eventId);
        Rsvp own = rsvps.find(eventId, user.id());
        boolean attends = own != null && own.status() == RsvpStatus.ATTENDING;
        if (!attends && !event.isCreatedBy(user.id()) && !user.hasRole("ADMIN")) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not allowed",
                    "Only attendees, the event's creator and admins see who attends.");
        }
        List<Attendee> all = rsvps.of(eventId, status).stream()
                .map(r -> new Attendee(r.userId(), people.nameOf(r.userId()).orElse(null), r.status(), r.rsvpDate()))
                .toList();
        return PageResponse.slice(all, Paging.page(page), Paging.size(size));
    }

    @GetMapping("/my-events")
    @Operation(summary = "Events I answered ATTENDING, MAYBE or am waitlisted for, latest answer first, paged",
            description = "attended is true once I was checked in or joined online.")
    PageResponse<MyEvent> myEvents(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        List<MyEvent> mine = rsvps.mine(user.id()).stream()
                .flatMap(r -> events.find(r.eventId()).map(e -> new MyEvent(EventView.of(e, user), r.status(),
                        checkIns.attended(e.getId(), user.id()))).stream())
                .toList();
        return PageResponse.slice(mine, Paging.page(page), Paging.size(size));
    }
}
