package org.alumniportal.mentorship.mentorship;

import java.net.URI;

import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Requests (student → mentor), the mentor's decision, and the mentorships that follow. */
@RestController
@Tag(name = "Mentorships", description = "Mentorship requests, decisions and active mentorships")
class MentorshipController {

    private final MentorshipService service;

    MentorshipController(MentorshipService service) {
        this.service = service;
    }

    @PostMapping("/api/mentorship/request")
    @Operation(summary = "Ask a mentor for mentorship (STUDENT only); one open request per mentor",
            description = "409 'request-already-open', 'mentor-full' or 'mentor-unavailable' say why not.")
    @ApiResponse(responseCode = "201", description = "requested; status PENDING")
    ResponseEntity<MentorshipView> request(@Parameter(hidden = true) CurrentUser user,
            @Valid @RequestBody RequestMentorshipRequest request) {
        Mentorship mentorship = service.request(user, request);
        return ResponseEntity.created(URI.create("/api/mentorship/" + mentorship.getId()))
                .body(MentorshipView.of(mentorship));
    }

    @PostMapping("/api/mentorship/{id}/accept")
    @Operation(summary = "Accept a PENDING request (its mentor only): it becomes the ACTIVE mentorship, same id",
            description = "409 'mentor-full' when no place is left, 'request-not-pending' when already decided.")
    MentorshipView accept(@Parameter(hidden = true) CurrentUser user, @PathVariable String id) {
        return MentorshipView.of(service.accept(user, id));
    }

    @PostMapping("/api/mentorship/{id}/reject")
    @Operation(summary = "Reject a PENDING request (its mentor only), with an optional reason for the student")
    MentorshipView reject(@Parameter(hidden = true) CurrentUser user, @PathVariable String id,
            @Valid @RequestBody(required = false) ReasonRequest request) {
        return MentorshipView.of(service.reject(user, id, request == null ? null : request.reason()));
    }

    @PostMapping("/api/mentorship/{id}/end")
    @Operation(summary = "End an ACTIVE mentorship (mentor or mentee); the mentor's place is free again")
    MentorshipView end(@Parameter(hidden = true) CurrentUser user, @PathVariable String id) {
        return MentorshipView.of(service.end(user, id));
    }

    @GetMapping("/api/mentorship/{id}")
    @Operation(summary = "One request or mentorship (its mentor, its mentee or an admin)")
    MentorshipView read(@Parameter(hidden = true) CurrentUser user, @PathVariable String id) {
        return MentorshipView.of(service.readable(user, id));
    }

    @GetMapping("/api/mentorship/requests/received")
    @Operation(summary = "Requests addressed to me as mentor, newest first")
    PageResponse<MentorshipView> received(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(required = false) MentorshipStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return service.received(user, status, page, size);
    }

    @GetMapping("/api/mentorship/requests/sent")
    @Operation(summary = "Requests I sent as student, newest first")
    PageResponse<MentorshipView> sent(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(required = false) MentorshipStatus status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return service.sent(user, status, page, size);
    }

    @GetMapping("/api/mentorship/active")
    @Operation(summary = "My ACTIVE mentorships, as mentor or as mentee")
    PageResponse<MentorshipView> active(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return service.active(user, page, size);
    }
}
