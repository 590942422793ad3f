package org.alumniportal.mentorship.session;

import java.net.URI;

import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Sessions of a mentorship: scheduling, changes, completion and the mentee's feedback. */
@RestController
@Tag(name = "Sessions", description = "Mentorship sessions; only their mentor and mentee (and admins) see them")
class SessionController {

    private final SessionService service;

    SessionController(SessionService service) {
        this.service = service;
    }

    @PostMapping("/api/mentorship/{mentorshipId}/schedule")
    @Operation(summary = "Schedule a session of an ACTIVE mentorship (mentor or mentee)",
            description = "409 'session-overlap' when the mentor has another session then; meetingLink must be https.")
    @ApiResponse(responseCode = "201", description = "scheduled; status SCHEDULED")
    ResponseEntity<SessionView> schedule(@Parameter(hidden = true) CurrentUser user,
            @PathVariable String mentorshipId, @Valid @RequestBody ScheduleRequest request) {
        Session session = service.schedule(user, mentorshipId, request);
        return ResponseEntity.created(URI.create("/api/mentorship/sessions/" + session.getId()))
                .body(SessionView.of(session));
    }

    @GetMapping("/api/mentorship/sessions")
    @Operation(summary = "My sessions as mentor or mentee, soonest first")
    PageResponse<SessionView> mine(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(required = false) SessionStatus status,
            @Parameter(description = "only SCHEDULED sessions that have not started yet")
            @RequestParam(defaultValue = "false") boolean upcoming,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return service.mine(user, status, upcoming, page, size);
    }

    @GetMapping("/api/mentorship/sessions/{id}")
    @Operation(summary = "One session (its mentor, its mentee or an admin)")
    SessionView read(@Parameter(hidden = true) CurrentUser user, @PathVariable String id) {
        return SessionView.of(service.requireReadable(user, id));
    }

    @PutMapping("/api/mentorship/sessions/{id}")
    @Operation(summary = "Reschedule or edit a session, or keep notes (mentor or mentee); only given fields change")
    SessionView update(@Parameter(hidden = true) CurrentUser user, @PathVariable String id,
            @Valid @RequestBody UpdateSessionRequest request) {
        return SessionView.of(service.update(user, id, request));
    }

    @PostMapping("/api/mentorship/sessions/{id}/cancel")
    @Operation(summary = "Call a SCHEDULED session off (mentor, mentee or admin)")
    SessionView cancel(@Parameter(hidden = true) CurrentUser user, @PathVariable String id,
            @Valid @RequestBody(required = false) CancelRequest request) {
        return SessionView.of(service.cancel(user, id, request == null ? null : request.reason()));
    }

    @PostMapping("/api/mentorship/sessions/{id}/complete")
    @Operation(summary = "Mark a SCHEDULED session as held (mentor or mentee); counts in the mentor's totalSessions")
    SessionView complete(@Parameter(hidden = true) CurrentUser user, @PathVariable String id) {
        return SessionView.of(service.complete(user, id));
    }

    @PostMapping("/api/mentorship/sessions/{id}/feedback")
    @Operation(summary = "Rate a COMPLETED session 1-5 (its mentee, once; 409 'feedback-already-given' after)")
    SessionView feedback(@Parameter(hidden = true) CurrentUser user, @PathVariable String id,
            @Valid @RequestBody FeedbackRequest request) {
        return SessionView.of(service.feedback(user, id, request));
    }
}
