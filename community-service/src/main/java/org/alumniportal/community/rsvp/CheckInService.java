package org.alumniportal.community.rsvp;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alumniportal.community.config.CommunityProperties;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;
import org.alumniportal.community.event.Event;
import org.alumniportal.community.event.EventService;
import org.alumniportal.community.event.EventStatus;
import org.alumniportal.community.people.People;
import org.alumniportal.platform.events.community.EventCheckedIn;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Tickets, check-in at the door, virtual joins and the attendance an organiser sees. Attendance is one document per
 * event and person with a unique id, inserted once: of two scans of the same ticket at two doors exactly one records
 * the person and emits {@code event.checked-in.v1}; the other answers 409 with the first scan's time.
 */
@Service
class CheckInService {

    private static final Logger log = LoggerFactory.getLogger(CheckInService.class);

    private final MongoTemplate mongo;
    private final EventService events;
    private final RsvpService rsvps;
    private final Tickets tickets;
    private final People people;
    private final EventPublisher publisher;
    private final CommunityProperties properties;
    private final Clock clock;

    CheckInService(MongoTemplate mongo, EventService events, RsvpService rsvps, Tickets tickets, People people,
            EventPublisher publisher, CommunityProperties properties, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.rsvps = rsvps;
        this.tickets = tickets;
        this.people = people;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    /** The caller's ticket; only an ATTENDING RSVP has one (else 409 not-attending). */
    TicketView ticket(CurrentUser user, String eventId) {
        Event event = events.read(user, eventId);
        requireAttending(event.getId(), user.id());
        return new TicketView(event.getId(), user.id(), tickets.sign(event.getId(), user.id()));
    }

    CheckInView checkIn(CurrentUser organiser, String eventId, String token) {
        Event event = events.read(organiser, eventId);
        requireOrganiser(organiser, event);
        requireOpen(event);
        Tickets.Ticket ticket = tickets.open(token).orElseThrow(() -> new PortalException(HttpStatus.BAD_REQUEST,
                "ticket-invalid", "Invalid ticket", "This is not an authentic event ticket."));
        if (!ticket.eventId().equals(event.getId())) {
            throw new PortalException(HttpStatus.BAD_REQUEST, "ticket-wrong-event", "Ticket for another event",
                    "The ticket is for another event.").with("ticketEventId", ticket.eventId());
        }
        Rsvp rsvp = rsvps.find(event.getId(), ticket.userId());
        if (rsvp == null || rsvp.status() != RsvpStatus.ATTENDING) {
            throw new PortalException(HttpStatus.BAD_REQUEST, "ticket-withdrawn", "Ticket withdrawn",
                    "The ticket's holder no longer attends this event.").with("userId", ticket.userId());
        }
        Attendance first = record(event, ticket.userId(), Attendance.QR_TICKET, organiser.id());
        if (first == null) {
            Attendance earlier = mongo.findById(Attendance.idOf(event.getId(), ticket.userId()), Attendance.class);
            throw new PortalException(HttpStatus.CONFLICT, "already-checked-in", "Already checked in",
                    "This ticket was already scanned at " + (earlier == null ? "an earlier time" : earlier.checkedInAt())
                            + ".")
                    .with("userId", ticket.userId())
                    .with("checkedInAt", earlier == null ? null : earlier.checkedInAt());
        }
        return view(first);
    }

    /**
     * A virtual event's attendee joining online: attendance is recorded (once) and the caller gets the meeting link
     * to be redirected to. Nobody without an ATTENDING RSVP gets the link.
     */
    String join(CurrentUser user, String eventId) {
        Event event = events.read(user, eventId);
        if (!event.isVirtual() || event.getMeetingLink() == null) {
            throw new PortalException(HttpStatus.CONFLICT, "not-virtual", "Not a virtual event",
                    "This event has no meeting link to join.");
        }
        Rsvp rsvp = rsvps.find(event.getId(), user.id());
        if (rsvp == null || rsvp.status() != RsvpStatus.ATTENDING) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not allowed",
                    "Only people attending the event may join it.");
        }
        requireOpen(event);
        record(event, user.id(), Attendance.VIRTUAL_JOIN, user.id());
        return event.getMeetingLink();
    }

    AttendanceView attendance(CurrentUser user, String eventId, int page, int size) {
        Event event = events.read(user, eventId);
        requireOrganiser(user, event);
        Map<String, Attendance> present = mongo.find(query(where("eventId").is(event.getId()))
                .with(Sort.by("checkedInAt")), Attendance.class).stream()
                .collect(Collectors.toMap(Attendance::userId, Function.identity(), (a, b) -> a));
        List<Rsvp> attending = rsvps.of(event.getId(), RsvpStatus.ATTENDING);
        long noShows = attending.stream().filter(r -> !present.containsKey(r.userId())).count();
        List<AttendanceView.Person> list = new ArrayList<>();
        // checked-in people first (in scan order), then the no-shows in RSVP order
        present.values().stream().sorted((a, b) -> a.checkedInAt().compareTo(b.checkedInAt()))
                .forEach(a -> list.add(new AttendanceView.Person(a.userId(), people.nameOf(a.userId()).orElse(null),
                        true, a.checkedInAt(), a.method())));
        attending.stream().filter(r -> !present.containsKey(r.userId()))
                .forEach(r -> list.add(new AttendanceView.Person(r.userId(), people.nameOf(r.userId()).orElse(null),
                        false, null, null)));
        return new AttendanceView(event.getId(), attending.size(), present.size(), noShows,
                PageResponse.slice(list, Paging.page(page), Paging.size(size)));
    }

    /** Whether this person was recorded present (one {@code _id} lookup). */
    boolean attended(String eventId, String userId) {
        return mongo.findById(Attendance.idOf(eventId, userId), Attendance.class) != null;
    }

    /** The new record, or null when the person was already recorded (then nothing is emitted again). */
    private Attendance record(Event event, String userId, String method, String by) {
        Attendance attendance = new Attendance(Attendance.idOf(event.getId(), userId), event.getId(), userId, method,
                // milliseconds, as the store keeps them: the first answer and a later 409 show the same time
                by, clock.instant().truncatedTo(ChronoUnit.MILLIS));
        try {
            publisher.publishWith(event.getId(), () -> mongo.insert(attendance), new EventCheckedIn(event.getId(),
                    userId, by, method, attendance.checkedInAt()));
        } catch (DuplicateKeyException alreadyRecorded) {
            return null;
        }
        log.info("{} checked in at event {} ({})", userId, event.getId(), method);
        return attendance;
    }

    private void requireAttending(String eventId, String userId) {
        Rsvp rsvp = rsvps.find(eventId, userId);
        if (rsvp == null || rsvp.status() != RsvpStatus.ATTENDING) {
            throw new PortalException(HttpStatus.CONFLICT, "not-attending", "No ticket",
                    "Only an ATTENDING RSVP has a ticket.").with("eventId", eventId);
        }
    }

    private static void requireOrganiser(CurrentUser user, Event event) {
        if (!event.isCreatedBy(user.id()) && !user.hasRole("ADMIN")) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not allowed",
                    "Only the event's creator and admins check people in and see attendance.");
        }
    }

    private void requireOpen(Event event) {
        Instant now = clock.instant();
        Instant opens = event.getStartDate().minus(properties.checkIn().opensBefore());
        if (event.getStatus() == EventStatus.CANCELLED || now.isBefore(opens) || !now.isBefore(event.getEndDate())) {
            throw new PortalException(HttpStatus.CONFLICT, "check-in-closed", "Check-in closed",
                    "Check-in is open from " + opens + " until " + event.getEndDate() + ".")
                    .with("opensAt", opens).with("closesAt", event.getEndDate());
        }
    }

    private CheckInView view(Attendance a) {
        return new CheckInView(a.eventId(), a.userId(), people.nameOf(a.userId()).orElse(null), a.method(),
                a.checkedInAt());
    }
}
