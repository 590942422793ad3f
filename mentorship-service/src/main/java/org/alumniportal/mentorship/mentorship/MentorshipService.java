package org.alumniportal.mentorship.mentorship;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.alumniportal.mentorship.mentor.Mentor;
import org.alumniportal.mentorship.mentor.Mentors;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.events.mentorship.MentorshipAccepted;
import org.alumniportal.platform.events.mentorship.MentorshipEnded;
import org.alumniportal.platform.events.mentorship.MentorshipRejected;
import org.alumniportal.platform.events.mentorship.MentorshipRequested;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * Requests and mentorships. The mentor's capacity is guarded by {@link Mentors#takePlace}, a conditional
 * atomic decrement; an accept first takes a place, then moves the request PENDING → ACTIVE conditionally,
 * and gives the place back if that move lost to a concurrent one. A crash between the two leaves one place
 * taken without a mentorship (never one too many).
 */
@Service
class MentorshipService {

    private static final Logger log = LoggerFactory.getLogger(MentorshipService.class);
    private static final Comparator<Mentorship> NEWEST_FIRST =
            Comparator.comparing(Mentorship::getRequestedAt).reversed().thenComparing(Mentorship::getId);

    private final Mentorships mentorships;
    private final Mentors mentors;
    private final EventPublisher events;
    private final Clock clock;

    MentorshipService(Mentorships mentorships, Mentors mentors, EventPublisher events, Clock clock) {
        this.mentorships = mentorships;
        this.mentors = mentors;
        this.events = events;
        this.clock = clock;
    }

    Mentorship request(CurrentUser user, RequestMentorshipRequest request) {
        if (!user.hasRole("STUDENT")) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Role not allowed",
                    "Only students request mentorship.");
        }
        Mentor mentor = mentors.require(request.mentorId());
        if (!mentor.isAvailable() || !mentor.isActive()) {
            throw new PortalException(HttpStatus.CONFLICT, "mentor-unavailable", "Mentor not available",
                    "This mentor takes no new requests at the moment.").with("mentorId", mentor.getUserId());
        }
        if (mentor.getFreePlaces() <= 0) {
            throw mentorFull(mentor.getUserId(), mentor.getMaxMentees());
        }
        Mentorship mentorship = Mentorship.request(UUID.randomUUID().toString(), mentor.getUserId(), user.id(),
                blankToNull(request.message()), clock.instant());
        try {
            events.publishWith(mentorship.getId(), () -> {
                mentorships.insert(mentorship);
                return mentorship;
            }, new MentorshipRequested(mentorship.getId(), mentorship.getMentorId(), mentorship.getMenteeId(),
                    mentorship.getMessage()));
        } catch (DuplicateKeyException open) {
            throw new PortalException(HttpStatus.CONFLICT, "request-already-open", "Request already open",
                    "You already have an open request or an active mentorship with this mentor.")
                    .with("mentorId", mentor.getUserId());
        }
        log.info("Mentorship request {} to mentor {}", mentorship.getId(), mentorship.getMentorId());
        return mentorship;
    }

    Mentorship accept(CurrentUser user, String id) {
        Mentorship pending = requireAddressedPending(user, id);
        Mentor mentor = mentors.require(pending.getMentorId());
        if (!mentors.takePlace(pending.getMentorId())) {
            throw mentorFull(pending.getMentorId(), mentor.getMaxMentees());
        }
        Mentorship accepted;
        try {
            accepted = events.publishWith(id, () -> mentorships.move(id, MentorshipStatus.PENDING, new Update()
                    .set("status", MentorshipStatus.ACTIVE).set("acceptedAt", clock.instant()))
                    .orElseThrow(() -> notPending(id)),
                    new MentorshipAccepted(id, pending.getMentorId(), pending.getMenteeId()));
        } catch (RuntimeException notAccepted) {
            mentors.releasePlace(pending.getMentorId());
            throw notAccepted;
        }
        log.info("Mentorship {} accepted", id);
        return accepted;
    }

    Mentorship reject(CurrentUser user, String id, String reason) {
        Mentorship pending = requireAddressedPending(user, id);
        return events.publishWith(id, () -> mentorships.move(id, MentorshipStatus.PENDING, new Update()
                .set("status", MentorshipStatus.REJECTED).set("rejectedAt", clock.instant())
                .set("rejectionReason", blankToNull(reason)).set("openKey", id))
                .orElseThrow(() -> notPending(id)),
                new MentorshipRejected(id, pending.getMentorId(), pending.getMenteeId(), blankToNull(reason)));
    }

    /** Either person ends an ACTIVE mentorship; the mentor's place is free again. */
    Mentorship end(CurrentUser user, String id) {
        Mentorship mentorship = readable(user, id);
        if (!mentorship.isParty(user.id())) {
            throw notParty(id);
        }
        Instant now = clock.instant();
        Mentorship ended = events.publishWith(id, () -> mentorships.move(id, MentorshipStatus.ACTIVE, new Update()
                .set("status", MentorshipStatus.ENDED).set("endedAt", now).set("endedBy", user.id())
                .set("openKey", id)).orElseThrow(() -> new PortalException(HttpStatus.CONFLICT,
                        "mentorship-not-active", "Mentorship not active",
                        "Only an ACTIVE mentorship can be ended.").with("mentorshipId", id)),
                new MentorshipEnded(id, mentorship.getMentorId(), mentorship.getMenteeId(), user.id()));
        mentors.releasePlace(ended.getMentorId());
        return ended;
    }

    /** The two people and admins. */
    Mentorship readable(CurrentUser user, String id) {
        Mentorship mentorship = mentorships.require(id);
        if (!mentorship.isParty(user.id()) && !user.hasRole("ADMIN")) {
            throw Mentorships.notFound(id);
        }
        return mentorship;
    }

    PageResponse<MentorshipView> received(CurrentUser user, MentorshipStatus status, int page, int size) {
        return page(where("mentorId").is(user.id()), status, page, size);
    }

    PageResponse<MentorshipView> sent(CurrentUser user, MentorshipStatus status, int page, int size) {
        return page(where("menteeId").is(user.id()), status, page, size);
    }

    /** ACTIVE mentorships in which the caller is mentor or mentee. */
    PageResponse<MentorshipView> active(CurrentUser user, int page, int size) {
        return page(new Criteria().orOperator(where("mentorId").is(user.id()), where("menteeId").is(user.id())),
                MentorshipStatus.ACTIVE, page, size);
    }

    private PageResponse<MentorshipView> page(Criteria criteria, MentorshipStatus status, int page, int size) {
        List<Mentorship> found = mentorships.find(criteria).stream()
                .filter(m -> status == null || m.getStatus() == status).sorted(NEWEST_FIRST).toList();
        return PageResponse.slice(found, page, size, MentorshipView::of);
    }

    private Mentorship requireAddressedPending(CurrentUser user, String id) {
        Mentorship mentorship = readable(user, id);
        if (!mentorship.getMentorId().equals(user.id())) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not the addressed mentor",
                    "Only the mentor this request is addressed to decides on it.").with("mentorshipId", id);
        }
        if (mentorship.getStatus() != MentorshipStatus.PENDING) {
            throw notPending(id);
        }
        return mentorship;
    }

    private static PortalException notPending(String id) {
        return new PortalException(HttpStatus.CONFLICT, "request-not-pending", "Request not pending",
                "Only a PENDING request can be accepted or rejected.").with("mentorshipId", id);
    }

    /** 403 for someone who may see the mentorship (an admin) but is not one of its two people. */
    static PortalException notParty(String id) {
        return new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not part of the mentorship",
                "Only the mentor and the mentee of this mentorship may do that.").with("mentorshipId", id);
    }

    private static PortalException mentorFull(String mentorId, int maxMentees) {
        return new PortalException(HttpStatus.CONFLICT, "mentor-full", "Mentor full",
                "This mentor already has " + maxMentees + " mentees, their maximum.").with("mentorId", mentorId)
                .with("maxMentees", maxMentees);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
