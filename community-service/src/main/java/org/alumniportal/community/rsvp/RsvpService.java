package org.alumniportal.community.rsvp;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.alumniportal.community.event.Event;
import org.alumniportal.community.event.EventCapacityFreed;
import org.alumniportal.community.event.EventSeats;
import org.alumniportal.community.event.EventService;
import org.alumniportal.community.event.EventStatus;
import org.alumniportal.platform.events.community.EventRsvp;
import org.alumniportal.platform.events.community.EventWaitlistPromoted;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Answers and the waitlist. Capacity is guarded by {@link EventSeats#claim} (one conditional {@code $inc}); the
 * person's record is then written over the version the decision was made on, and a lost race gives the seat back
 * and decides again. When a seat frees up, the first on the waitlist is promoted: a seat is claimed, then that one
 * record is moved WAITLISTED → ATTENDING by a conditional find-and-modify, so each freed seat promotes one person.
 */
@Service
class RsvpService {

    private static final Logger log = LoggerFactory.getLogger(RsvpService.class);
    private static final int ATTEMPTS = 20;

    private final MongoTemplate mongo;
    private final EventService events;
    private final EventSeats seats;
    private final EventPublisher publisher;
    private final Clock clock;

    RsvpService(MongoTemplate mongo, EventService events, EventSeats seats, EventPublisher publisher, Clock clock) {
        this.mongo = mongo;
        this.events = events;
        this.seats = seats;
        this.publisher = publisher;
        this.clock = clock;
    }

    RsvpView answer(CurrentUser user, String eventId, RsvpStatus requested) {
        if (requested == RsvpStatus.WAITLISTED) {
            throw PortalException.invalid("status",
                    "must be ATTENDING, MAYBE or NOT_ATTENDING; WAITLISTED is decided by the event's capacity");
        }
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Event event = events.read(user, eventId);
            Instant now = clock.instant();
            if (event.getStatus() == EventStatus.CANCELLED) {
                throw new PortalException(HttpStatus.CONFLICT, "event-cancelled", "Event cancelled",
                        "The event was cancelled; it takes no RSVPs.").with("eventId", eventId);
            }
            if (!event.takesRsvpsAt(now)) {
                throw new PortalException(HttpStatus.CONFLICT, "rsvp-closed", "RSVPs closed",
                        "RSVPs closed at " + event.getRegistrationDeadline() + ".")
                        .with("registrationDeadline", event.getRegistrationDeadline());
            }
            Rsvp current = mongo.findById(Rsvp.idOf(eventId, user.id()), Rsvp.class);
            RsvpStatus from = current == null ? null : current.status();
            if (from == requested || (requested == RsvpStatus.ATTENDING && from == RsvpStatus.WAITLISTED)) {
                return view(current);
            }
            boolean seated = requested == RsvpStatus.ATTENDING && seats.claim(eventId);
            RsvpStatus to = requested == RsvpStatus.ATTENDING && !seated ? RsvpStatus.WAITLISTED : requested;
            long position = to == RsvpStatus.WAITLISTED ? seats.nextWaitlistPosition(eventId) : 0;
            Rsvp next = new Rsvp(Rsvp.idOf(eventId, user.id()), eventId, user.id(), to, position, now,
                    current == null ? 0 : current.version() + 1);
            boolean written;
            try {
                // The RSVP and its event together: the guarded write only announces what it changed.
                written = publisher.publishWhen(eventId, () -> write(current, next),
                        new EventRsvp(eventId, user.id(), to.name(), from == null ? null : from.name()));
            } catch (RuntimeException failed) {
                if (seated) {
                    seats.release(eventId);
                }
                throw failed;
            }
            if (!written) {
                if (seated) {
                    seats.release(eventId);
                }
                continue;
            }
            if (to == RsvpStatus.WAITLISTED) {
                seats.changeWaitlist(eventId, 1);
            }
            if (from == RsvpStatus.WAITLISTED) {
                seats.changeWaitlist(eventId, -1);
            }
            if (from == RsvpStatus.ATTENDING) {
                seats.release(eventId);
                promote(eventId);
            }
            log.debug("RSVP {} of {} to {}: {} -> {}", next.id(), user.id(), eventId, from, to);
            return view(next);
        }
        throw new PortalException(HttpStatus.CONFLICT, "rsvp-contended", "Try again",
                "Your RSVP changed concurrently; send it again.");
    }

    /** Promotes waitlisted people while seats are free (one freed seat: exactly one promotion). */
    void promote(String eventId) {
        for (int attempt = 0; attempt < 10_000; attempt++) {
            Rsvp first = mongo.findOne(query(where("eventId").is(eventId).and("status").is(RsvpStatus.WAITLISTED))
                    .with(Sort.by("waitlistPosition", "rsvpDate")).limit(1), Rsvp.class);
            if (first == null || !seats.claim(eventId)) {
                return;
            }
            Event event = events.find(eventId).orElse(null);
            boolean promoted;
            try {
                promoted = publisher.publishWhen(eventId, () -> mongo.findAndModify(
                        query(where("_id").is(first.id()).and("status").is(RsvpStatus.WAITLISTED)
                                .and("version").is(first.version())),
                        new Update().set("status", RsvpStatus.ATTENDING).set("rsvpDate", clock.instant())
                                .inc("version", 1),
                        FindAndModifyOptions.options().returnNew(true), Rsvp.class) != null,
                        new EventWaitlistPromoted(eventId, first.userId(), event == null ? null : event.getTitle(),
                                event == null ? null : event.getStartDate()),
                        new EventRsvp(eventId, first.userId(), RsvpStatus.ATTENDING.name(),
                                RsvpStatus.WAITLISTED.name()));
            } catch (RuntimeException failed) {
                seats.release(eventId);
                throw failed;
            }
            if (!promoted) {
                seats.release(eventId);
                continue;
            }
            seats.changeWaitlist(eventId, -1);
            log.info("Promoted {} from the waitlist of event {}", first.userId(), eventId);
        }
    }

    @EventListener
    void on(EventCapacityFreed freed) {
        promote(freed.eventId());
    }

    /** People of one status at the event, oldest answer first (scans the RSVPs on the embedded store). */
    List<Rsvp> of(String eventId, RsvpStatus status) {
        return mongo.find(query(where("eventId").is(eventId).and("status").is(status))
                .with(Sort.by(status == RsvpStatus.WAITLISTED ? "waitlistPosition" : "rsvpDate")), Rsvp.class);
    }

    Rsvp find(String eventId, String userId) {
        return mongo.findById(Rsvp.idOf(eventId, userId), Rsvp.class);
    }

    /** The caller's answers other than NOT_ATTENDING, newest first. */
    List<Rsvp> mine(String userId) {
        return mongo.find(query(where("userId").is(userId).and("status").ne(RsvpStatus.NOT_ATTENDING))
                .with(Sort.by(Sort.Direction.DESC, "rsvpDate")), Rsvp.class);
    }

    private boolean write(Rsvp current, Rsvp next) {
        if (current == null) {
            try {
                mongo.insert(next);
                return true;
            } catch (DuplicateKeyException concurrentFirstAnswer) {
                return false;
            }
        }
        Update update = new Update().set("status", next.status()).set("waitlistPosition", next.waitlistPosition())
                .set("rsvpDate", next.rsvpDate()).set("version", next.version());
        return mongo.updateFirst(query(where("_id").is(current.id()).and("version").is(current.version())), update,
                Rsvp.class).getMatchedCount() > 0;
    }

    private RsvpView view(Rsvp rsvp) {
        Event event = events.find(rsvp.eventId()).orElse(null);
        return new RsvpView(rsvp.eventId(), rsvp.userId(), rsvp.status(), rsvp.rsvpDate(),
                event == null ? 0 : event.getAttendingCount(), event == null ? 0 : event.getWaitlistCount());
    }
}
