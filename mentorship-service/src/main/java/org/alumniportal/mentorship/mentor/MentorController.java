package org.alumniportal.mentorship.mentor;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
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
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/** Mentors: registration, their own profile and switch, the list and one mentor's stats. */
@RestController
@Validated
@Tag(name = "Mentors", description = "Alumni who mentor students: profiles, availability and stats")
class MentorController {

    private final MentorService service;

    MentorController(MentorService service) {
        this.service = service;
    }

    @PostMapping("/api/mentors/register")
    @Operation(summary = "Register as a mentor (ALUMNI only; once, 409 'already-mentor' after)")
    @ApiResponse(responseCode = "201", description = "registered; the mentor's id is the caller's user id")
    ResponseEntity<MentorView> register(@Parameter(hidden = true) CurrentUser user,
            @Valid @RequestBody RegisterMentorRequest request) {
        Mentor mentor = service.register(user, request);
        return ResponseEntity.created(URI.create("/api/mentors/" + mentor.getUserId())).body(MentorView.of(mentor));
    }

    @PutMapping("/api/mentors/profile")
    @Operation(summary = "Replace my mentor profile (expertise, maxMentees, bio, availability slots)")
    MentorView updateProfile(@Parameter(hidden = true) CurrentUser user,
            @Valid @RequestBody RegisterMentorRequest request) {
        return MentorView.of(service.updateProfile(user, request));
    }

    @PutMapping("/api/mentors/availability")
    @Operation(summary = "Switch new requests on or off; current mentorships go on either way")
    MentorView availability(@Parameter(hidden = true) CurrentUser user,
            @Valid @RequestBody AvailabilityRequest request) {
        return MentorView.of(service.setAvailable(user, request.available()));
    }

    @GetMapping("/api/mentors")
    @Operation(summary = "Mentors, best rated first; every given filter must match")
    PageResponse<MentorView> list(
            @Parameter(description = "comma separated; the mentor must have all of them (synonyms count: 'js' is "
                    + "JavaScript)") @RequestParam(required = false) List<String> expertise,
            @Parameter(description = "lowest mean rating, 1 to 5; mentors without ratings are left out")
            @RequestParam(required = false) @DecimalMin("0") @DecimalMax("5") Double minRating,
            @Parameter(description = "true: only mentors taking requests now (switched on, a place free); "
                    + "false: only the others") @RequestParam(required = false) Boolean available,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        List<String> areas = expertise == null ? List.of()
                : expertise.stream().flatMap(s -> Arrays.stream(s.split(","))).filter(s -> !s.isBlank()).toList();
        return service.list(areas, minRating, available, page, size);
    }

    @GetMapping("/api/mentors/{userId}")
    @Operation(summary = "One mentor with stats: rating, totalSessions, currentMentees, maxMentees, available")
    MentorView read(@PathVariable String userId) {
        return service.read(userId);
    }
}
