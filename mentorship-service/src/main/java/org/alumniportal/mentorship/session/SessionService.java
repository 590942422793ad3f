package org.alumniportal.mentorship.session;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import org.alumniportal.mentorship.mentor.Mentors;
import org.alumniportal.mentorship.mentorship.Mentorship;
import org.alumniportal.mentorship.mentorship.Mentorships;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.mentorship.SessionCancelled;
import org.alumniportal.platform.events.mentorship.SessionCompleted;
import org.alumniportal.platform.events.mentorship.SessionFeedbackGiven;
import org.alumniportal.platform.events.mentorship.SessionScheduled;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Sessions of mentorships. Only the mentor and the mentee (and admins, who may read and cancel) see or touch
 * a session. Every move is a {@code findAndModify} conditioned on the state it leaves (SCHEDULED → COMPLETED,
 * COMPLETED without feedback → with feedback…), so a second feedback or a double completion is a 409, not a
 * double count in the mentor's stats. Scheduling holds the mentor's calendar lease ({@link
 * Mentors#lockCalendar}) around the overlap check and the write.
 */
@Service
class SessionService {

    private static final Logger log = LoggerFactory.getLogger(SessionService.class);
    private static final Duration CALENDAR_LEASE = Duration.ofSeconds(10);
    private static final Comparator<Session> BY_START =
            Comparator.comparing(Session::getScheduledAt).thenComparing(Session::getId);

    private final MongoTemplate mongo;
    private final Mentorships mentorships;
    private final Mentors mentors;
    private final EventPublisher events;
    private final Clock clock;

    SessionService(MongoTemplate mongo, Mentorships mentorships, Mentors mentors, EventPublisher events, Clock clock) {
        this.mongo = mongo;
        this.mentorships = mentorships;
        this.mentors = mentors;
        this.events = events;
        this.clock = clock;
    }

    Session schedule(CurrentUser user, String mentorshipId, ScheduleRequest request) {
        Mentorship mentorship = mentorships.require(mentorshipId);
        if (!mentorship.isParty(user.id())) {
            // Someone who may not see the mentorship learns nothing about it: the same 404 as a missing one.
            throw user.hasRole("ADMIN") ? new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN,
                    "Not part of the mentorship", "Only the mentor and the mentee schedule its sessions.")
                    .with("mentorshipId", mentorshipId) : Mentorships.notFound(mentorshipId);
        }
        if (!mentorship.isActive()) {
            throw new PortalException(HttpStatus.CONFLICT, "mentorship-not-active", "Mentorship not active",
                    "Sessions are scheduled for ACTIVE mentorships only.").with("mentorshipId", mentorshipId);
        }
        Session session = Session.schedule(UUID.randomUUID().toString(), mentorshipId, mentorship.getMentorId(),
                mentorship.getMenteeId(), request.scheduledAt(), request.durationMinutes(), request.meetingLink(),
                blankToNull(request.agenda()), user.id());
        withCalendar(session.getMentorId(), () -> {
            requireFree(session.getMentorId(), null, session.getScheduledAt(), session.endsAt());
            return events.publishWith(session.getId(), () -> mongo.insert(session), scheduled(session.getId(), session,
                    session.getScheduledAt(), session.getDurationMinutes(), user.id()));
        });
        log.info("Session {} of mentorship {} scheduled", session.getId(), mentorshipId);
        return session;
    }

    Session update(CurrentUser user, String id, UpdateSessionRequest request) {
        Session session = requireParty(user, id);
        if (request.changesPlan() && session.getStatus() != SessionStatus.SCHEDULED) {
            throw notScheduled(id);
        }
        Update update = new Update().inc("version", 1);
        if (request.scheduledAt() != null) {
            update.set("scheduledAt", request.scheduledAt()).set("reminderSent", false);
        }
        if (request.durationMinutes() != null) {
            update.set("durationMinutes", request.durationMinutes());
        }
        if (request.meetingLink() != null) {
            update.set("meetingLink", request.meetingLink());
        }
        if (request.agenda() != null) {
            update.set("agenda", blankToNull(request.agenda()));
        }
        if (request.notes() != null) {
            update.set("notes", blankToNull(request.notes()));
        }
        Criteria unchanged = where("_id").is(id).and("version").is(session.getVersion());
        Supplier<Session> write = () -> Optional.ofNullable(mongo.findAndModify(query(unchanged), update,
                FindAndModifyOptions.options().returnNew(true), Session.class)).orElseThrow(() ->
                new PortalException(HttpStatus.CONFLICT, Problems.CONCURRENT_UPDATE, "Changed meanwhile",
                        "The session was changed by someone else; reload and try again.").with("sessionId", id));
        if (!request.movesTime()) {
            return write.get();
        }
        Instant start = request.scheduledAt() != null ? request.scheduledAt() : session.getScheduledAt();
        int minutes = request.durationMinutes() != null ? request.durationMinutes() : session.getDurationMinutes();
        Instant end = start.plus(Duration.ofMinutes(minutes));
        return withCalendar(session.getMentorId(), () -> {
            requireFree(session.getMentorId(), id, start, end);
            return events.publishWith(id, write, scheduled(id, session, start, minutes, user.id()));
        });
    }

    Session cancel(CurrentUser user, String id, String reason) {
        Session session = requireReadable(user, id);
        Supplier<Session> cancel = () -> move(id, where("status").is(SessionStatus.SCHEDULED), new Update()
                .set("status", SessionStatus.CANCELLED).set("cancelledAt", clock.instant())
                .set("cancelledBy", user.id()).set("cancelReason", blankToNull(reason)))
                .orElseThrow(() -> notScheduled(id));
        SessionCancelled cancelled = new SessionCancelled(id, session.getMentorshipId(), session.getMentorId(),
                session.getMenteeId(), session.getScheduledAt(), user.id(), blankToNull(reason));
        if (session.isParty(user.id())) {
            return events.publishWith(id, cancel, cancelled);
        }
        // An admin's cancel is audited; the audit event's subject is the admin, so one publishWith inside the other.
        AdminActionRecorded audit = new AdminActionRecorded(user.id(), "session.cancel", "mentorship-session", id,
                clock.instant(), reason == null ? Map.of() : Map.of("reason", reason));
        return events.publishWith(user.id(), () -> events.publishWith(id, cancel, cancelled), audit);
    }

    Session complete(CurrentUser user, String id) {
        Session session = requireParty(user, id);
        Instant now = clock.instant();
        Session completed = events.publishWith(id, () -> move(id, where("status").is(SessionStatus.SCHEDULED),
                new Update().set("status", SessionStatus.COMPLETED).set("completedAt", now))
                .orElseThrow(() -> notScheduled(id)),
                new SessionCompleted(id, session.getMentorshipId(), session.getMentorId(), session.getMenteeId(), now));
        mentors.recordCompletedSession(completed.getMentorId());
        return completed;
    }

    Session feedback(CurrentUser user, String id, FeedbackRequest request) {
        Session session = requireParty(user, id);
        if (!session.getMenteeId().equals(user.id())) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not the mentee",
                    "Only the mentee of a session gives feedback on it.").with("sessionId", id);
        }
        if (session.getStatus() != SessionStatus.COMPLETED) {
            throw new PortalException(HttpStatus.CONFLICT, "session-not-completed", "Session not completed",
                    "Feedback is for COMPLETED sessions.").with("sessionId", id).with("status", session.getStatus());
        }
        Feedback feedback = new Feedback(request.rating(), blankToNull(request.comment()), clock.instant());
        Session rated = events.publishWith(id, () -> move(id, where("status").is(SessionStatus.COMPLETED)
                .and("feedbackGiven").is(false), new Update().set("feedbackGiven", true).set("feedback", feedback))
                .orElseThrow(() -> new PortalException(HttpStatus.CONFLICT, "feedback-already-given",
                        "Feedback already given", "This session has its feedback already.").with("sessionId", id)),
                new SessionFeedbackGiven(id, session.getMentorshipId(), session.getMentorId(), session.getMenteeId(),
                        request.rating(), feedback.comment()));
        mentors.recordRating(rated.getMentorId(), request.rating());
        return rated;
    }

    /** The two people and admins read; everyone else gets the 404 of a session that does not exist. */
    Session requireReadable(CurrentUser user, String id) {
        Session session = require(id);
        if (!session.isParty(user.id()) && !user.hasRole("ADMIN")) {
            throw notFound(id);
        }
        return session;
    }

    /** My sessions as mentor or mentee, soonest first; {@code upcoming}: SCHEDULED and not yet started. */
    PageResponse<SessionView> mine(CurrentUser user, SessionStatus status, boolean upcoming, int page, int size) {
        Instant now = clock.instant();
        List<Session> found = mongo.find(query(new Criteria().orOperator(where("mentorId").is(user.id()),
                        where("menteeId").is(user.id()))), Session.class).stream()
                .filter(s -> status == null || s.getStatus() == status)
                .filter(s -> !upcoming || (s.getStatus() == SessionStatus.SCHEDULED && s.getScheduledAt().isAfter(now)))
                .sorted(BY_START).toList();
        return PageResponse.slice(found, page, size, SessionView::of);
    }

    private Session requireParty(CurrentUser user, String id) {
        Session session = requireReadable(user, id);
        if (!session.isParty(user.id())) {
            throw notParty(id);
        }
        return session;
    }

    private Session require(String id) {
        return Optional.ofNullable(mongo.findById(id, Session.class)).orElseThrow(() -> notFound(id));
    }

    private static PortalException notFound(String id) {
        return new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Session not found",
                "There is no session " + id + ".").with("sessionId", id);
    }

    private Optional<Session> move(String id, Criteria condition, Update update) {
        return Optional.ofNullable(mongo.findAndModify(query(where("_id").is(id).andOperator(condition)),
                update.inc("version", 1), FindAndModifyOptions.options().returnNew(true), Session.class));
    }

    /** The mentor's other SCHEDULED sessions must not overlap [start, end). */
    private void requireFree(String mentorId, String exceptSessionId, Instant start, Instant end) {
        mongo.find(query(where("mentorId").is(mentorId).and("status").is(SessionStatus.SCHEDULED)), Session.class)
                .stream()
                .filter(s -> !s.getId().equals(exceptSessionId) && s.overlaps(start, end))
                .findFirst()
                .ifPresent(clash -> {
                    throw new PortalException(HttpStatus.CONFLICT, "session-overlap", "Overlapping session",
                            "The mentor has a session from " + clash.getScheduledAt() + " to " + clash.endsAt()
                                    + " already.").with("conflictingSessionId", clash.getId());
                });
    }

    private <T> T withCalendar(String mentorId, Supplier<T> work) {
        Instant lease = mentors.lockCalendar(mentorId, CALENDAR_LEASE);
        try {
            return work.get();
        } finally {
            mentors.unlockCalendar(mentorId, lease);
        }
    }

    /** {@code session.scheduled.v1} of the session {@code id} of {@code session}'s mentorship at its (new) time. */
    private static SessionScheduled scheduled(String id, Session session, Instant at, int minutes, String by) {
        return new SessionScheduled(id, session.getMentorshipId(), session.getMentorId(), session.getMenteeId(), at,
                minutes, by);
    }

    private static PortalException notParty(String id) {
        return new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not part of the session",
                "Only the mentor and the mentee of this session may do that.").with("sessionId", id);
    }

    private static PortalException notScheduled(String id) {
        return new PortalException(HttpStatus.CONFLICT, "session-not-scheduled", "Session not scheduled",
                "Only a SCHEDULED session can be changed, cancelled or completed.").with("sessionId", id);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
