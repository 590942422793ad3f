package org.alumniportal.community.event;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.alumniportal.community.content.ContentType;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.community.content.Removal;
import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.community.EventCancelled;
import org.alumniportal.platform.events.community.EventCreated;
import org.alumniportal.platform.events.community.EventUpdated;
import org.alumniportal.platform.files.AcceptedFile;
import org.alumniportal.platform.files.FileKind;
import org.alumniportal.platform.files.MultipartIntake;
import org.alumniportal.platform.files.FileStore;
import org.alumniportal.platform.files.FileTypes;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

/**
 * The life of an event: create (ALUMNI, ADMIN), read, edit and cancel (creator or admin), banner upload. Every
 * write goes to the store first, then the list index and the outbox.
 */
@Service
public class EventService {

    private static final Logger log = LoggerFactory.getLogger(EventService.class);

    private final MongoTemplate mongo;
    private final EventCatalog catalog;
    private final EventPublisher events;
    private final ApplicationEventPublisher local;
    private final FileTypes fileTypes;
    private final FileStore files;
    private final Clock clock;

    EventService(MongoTemplate mongo, EventCatalog catalog, EventPublisher events, ApplicationEventPublisher local,
            FileTypes fileTypes, FileStore files, Clock clock) {
        this.mongo = mongo;
        this.catalog = catalog;
        this.events = events;
        this.local = local;
        this.fileTypes = fileTypes;
        this.files = files;
        this.clock = clock;
    }

    Event create(CurrentUser user, EventRequest request) {
        if (!user.hasRole("ALUMNI") && !user.hasRole("ADMIN")) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Role not allowed",
                    "Only alumni and admins create events.");
        }
        Instant now = clock.instant();
        EventRules.check(request, now);
        Event event = Event.create(UUID.randomUUID().toString(), request, user.id(), now);
        events.publishWith(event.getId(), () -> mongo.insert(event), new EventCreated(event.getId(), event.getTitle(),
                event.getEventType().name(), event.getLocation(), event.isVirtual(), event.getStartDate(),
                event.getEndDate(), event.getMaxAttendees(), user.id()));
        catalog.put(event);
        log.info("Event {} created by {}", event.getId(), user.id());
        return event;
    }

    /** The event for this caller; removed ones answer 404 to everyone but admins. */
    public Event read(CurrentUser user, String eventId) {
        Event event = mongo.findById(eventId, Event.class);
        if (event == null || !Removal.visibleTo(event.isRemoved(), user)) {
            throw Removal.notFound(ContentType.EVENT, eventId);
        }
        return event;
    }

    /** The events of a list page in its order, in one read; any removed meanwhile drop out (admins still see them). */
    PageResponse<Event> read(CurrentUser user, PageResponse<String> ids) {
        // an _id $in is an index lookup, also on the embedded store: one round trip per page, not one per event
        Map<String, Event> found = mongo.find(query(where("_id").in(ids.items())), Event.class).stream()
                .filter(e -> Removal.visibleTo(e.isRemoved(), user))
                .collect(Collectors.toMap(Event::getId, Function.identity()));
        return ids.mapPresent(id -> Optional.ofNullable(found.get(id)));
    }

    /** The live event (not removed), or empty. */
    public Optional<Event> find(String eventId) {
        return Optional.ofNullable(mongo.findById(eventId, Event.class)).filter(e -> !e.isRemoved());
    }

    /** What ranking needs of an event without reading it: {@code text} is its lower-cased title, description, place. */
    public record Upcoming(String id, String text, String createdBy, Instant startDate) {
    }

    /** Listed events that have not started yet (recommendation candidates), soonest first. */
    public java.util.List<Upcoming> upcoming() {
        return catalog.upcoming().stream()
                .map(card -> new Upcoming(card.id(), card.eventType().name().toLowerCase(java.util.Locale.ROOT)
                        .replace('_', ' ') + " " + card.text(), card.createdBy(), card.startDate()))
                .toList();
    }

    /** Scheduled, live events starting in {@code (from, to]} (the reminder sweep; a scan on the embedded store). */
    public java.util.List<Event> startingBetween(Instant from, Instant to) {
        return mongo.find(query(where("status").is(EventStatus.SCHEDULED).and("removed").is(false)
                .and("startDate").gt(from).lte(to)), Event.class);
    }

    Event update(CurrentUser user, String eventId, EventRequest request) {
        Event event = requireManager(user, eventId);
        if (event.getStatus() == EventStatus.CANCELLED) {
            throw cancelled(eventId);
        }
        Instant now = clock.instant();
        EventRules.check(request, now);
        Integer previousMax = event.getMaxAttendees();
        event.apply(request, now);
        Criteria stillOpen = where("_id").is(eventId).and("status").is(EventStatus.SCHEDULED);
        if (request.maxAttendees() != null) {
            // lowering capacity below those already attending would break the promise made to them
            stillOpen = stillOpen.and("attendingCount").lte(request.maxAttendees());
        }
        Update details = new Update().set("title", event.getTitle()).set("description", event.getDescription())
                .set("eventType", event.getEventType()).set("location", event.getLocation())
                .set("virtual", event.isVirtual()).set("meetingLink", event.getMeetingLink())
                .set("startDate", event.getStartDate()).set("endDate", event.getEndDate())
                .set("registrationDeadline", event.getRegistrationDeadline())
                .set("maxAttendees", event.getMaxAttendees()).set("updatedAt", now);
        Criteria guard = stillOpen;
        List<DomainEvent> announced = new ArrayList<>(List.of(new EventUpdated(eventId, event.getTitle(),
                event.getEventType().name(), event.getLocation(), event.isVirtual(), event.getStartDate(),
                event.getEndDate(), event.getMaxAttendees(), user.id())));
        announced.addAll(auditsIfAdminOnOthers(user, event, "EVENT_UPDATED"));
        events.publishWith(eventId, () -> {
            if (mongo.updateFirst(query(guard), details, Event.class).getMatchedCount() == 0) {
                Event current = mongo.findById(eventId, Event.class);
                if (current == null || current.getStatus() == EventStatus.CANCELLED) {
                    throw cancelled(eventId);
                }
                throw new PortalException(HttpStatus.CONFLICT, "capacity-below-attendance",
                        "Capacity below attendance", "maxAttendees cannot be lower than the "
                                + current.getAttendingCount() + " people attending.")
                        .with("attendingCount", current.getAttendingCount());
            }
            return eventId;
        }, announced);
        Event saved = mongo.findById(eventId, Event.class);
        catalog.put(saved);
        if (saved.getMaxAttendees() == null || (previousMax != null && saved.getMaxAttendees() > previousMax)) {
            local.publishEvent(new EventCapacityFreed(eventId));
        }
        return saved;
    }

    /** DELETE: the event is cancelled (kept so attendees still see what happened), leaves the list, takes no RSVPs. */
    void cancel(CurrentUser user, String eventId) {
        Event event = requireManager(user, eventId);
        Instant now = clock.instant();
        List<DomainEvent> announced = new ArrayList<>(List.of(new EventCancelled(eventId, event.getTitle(), user.id(),
                event.isCreatedBy(user.id()) ? "CANCELLED_BY_CREATOR" : "CANCELLED_BY_ADMIN")));
        announced.addAll(auditsIfAdminOnOthers(user, event, "EVENT_CANCELLED"));
        // Only the cancel that changed the event announces it (the guarded update finds it still scheduled).
        boolean changed = events.publishWhen(eventId, () -> mongo.updateFirst(query(where("_id").is(eventId)
                .and("status").is(EventStatus.SCHEDULED)), new Update().set("status", EventStatus.CANCELLED)
                .set("updatedAt", now), Event.class).getMatchedCount() > 0, announced.toArray(DomainEvent[]::new));
        if (changed) {
            catalog.put(mongo.findById(eventId, Event.class));
            log.info("Event {} cancelled by {}", eventId, user.id());
        }
    }

    /** Moderation: hides the event from everyone but admins. */
    boolean remove(String eventId) {
        boolean changed = mongo.updateFirst(query(where("_id").is(eventId).and("removed").is(false)),
                new Update().set("removed", true).set("updatedAt", clock.instant()), Event.class).getMatchedCount() > 0;
        if (changed) {
            catalog.put(mongo.findById(eventId, Event.class));
        }
        return changed;
    }

    Event uploadBanner(CurrentUser user, String eventId, MultipartFile upload) {
        requireManager(user, eventId);
        if (upload == null) {
            throw MultipartIntake.missing();
        }
        AcceptedFile image;
        try {
            image = fileTypes.accept(FileKind.IMAGE, upload.getOriginalFilename(), upload.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String key = "events/" + eventId + "/banner-" + UUID.randomUUID() + "." + image.extension();
        files.put(key, image.content(), image.contentType(), image.originalName());
        Event before = mongo.findAndModify(query(where("_id").is(eventId)),
                new Update().set("bannerImage", key), Event.class);
        if (before != null && before.getBannerImage() != null) {
            files.delete(before.getBannerImage());
        }
        return mongo.findById(eventId, Event.class);
    }

    Optional<java.io.InputStream> banner(Event event) {
        return event.getBannerImage() == null ? Optional.empty() : files.open(event.getBannerImage());
    }

    private Event requireManager(CurrentUser user, String eventId) {
        Event event = find(eventId).orElseThrow(() -> Removal.notFound(ContentType.EVENT, eventId));
        if (!event.isCreatedBy(user.id()) && !user.hasRole("ADMIN")) {
            throw Removal.forbidden("Only the event's creator or an admin may do that.");
        }
        return event;
    }

    /** The audit event of an admin's change to someone else's event, published with the change; else none. */
    private List<DomainEvent> auditsIfAdminOnOthers(CurrentUser user, Event event, String action) {
        if (event.isCreatedBy(user.id())) {
            return List.of();
        }
        return List.of(new AdminActionRecorded(user.id(), action, ContentType.EVENT.name(), event.getId(),
                clock.instant(), Map.of("title", event.getTitle())));
    }

    private static PortalException cancelled(String eventId) {
        return new PortalException(HttpStatus.CONFLICT, "event-cancelled", "Event cancelled",
                "The event was cancelled.").with("eventId", eventId);
    }
}
