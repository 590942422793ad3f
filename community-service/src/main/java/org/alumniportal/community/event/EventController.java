package org.alumniportal.community.event;

import java.net.URI;
import java.util.Locale;

import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Creating, listing, reading, editing and cancelling events; RSVPs are in {@code rsvp}. */
@RestController
@RequestMapping("/api/events")
@Tag(name = "Events", description = "Events alumni and admins organise, with RSVPs and a waitlist")
class EventController {

    private final EventService events;
    private final EventCatalog catalog;
    private final EventCalendar calendar;

    EventController(EventService events, EventCatalog catalog, EventCalendar calendar) {
        this.events = events;
        this.catalog = catalog;
        this.calendar = calendar;
    }

    @PostMapping("/create")
    @Operation(summary = "Create an event (ALUMNI or ADMIN; others 403 role-not-allowed)",
            responses = @ApiResponse(responseCode = "201", description = "created"))
    ResponseEntity<EventView> create(@Parameter(hidden = true) CurrentUser user,
            @Valid @RequestBody EventRequest request) {
        Event event = events.create(user, request);
        return ResponseEntity.created(URI.create("/api/events/" + event.getId())).body(EventView.of(event));
    }

    @GetMapping
    @Operation(summary = "Events, paged: upcoming (not ended, soonest first) or past (latest first); cancelled and "
            + "removed events are not listed")
    PageResponse<EventView> list(@Parameter(hidden = true) CurrentUser user,
            @Parameter(schema = @Schema(allowableValues = {"upcoming", "past"}))
            @RequestParam(defaultValue = "upcoming") String when,
            @RequestParam(required = false) EventType type,
            @Parameter(description = "words that must all occur in title, description or location")
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        String normalized = when.toLowerCase(Locale.ROOT);
        if (!normalized.equals("upcoming") && !normalized.equals("past")) {
            throw PortalException.invalid("when", "must be upcoming or past");
        }
        return events.read(user, catalog.search(normalized, type, q, null, Paging.page(page), Paging.size(size)))
                .map(event -> EventView.of(event, user));
    }

    @GetMapping("/{eventId}")
    @Operation(summary = "An event with its attendingCount and waitlistCount; removed events are 404 but to admins")
    EventView details(@Parameter(hidden = true) CurrentUser user, @PathVariable String eventId) {
        return EventView.of(events.read(user, eventId), user);
    }

    @PutMapping("/{eventId}")
    @Operation(summary = "Replace an event's details (creator or admin); capacity may not drop below attendance (409)")
    EventView update(@Parameter(hidden = true) CurrentUser user, @PathVariable String eventId,
            @Valid @RequestBody EventRequest request) {
        return EventView.of(events.update(user, eventId, request));
    }

    @DeleteMapping("/{eventId}")
    @Operation(summary = "Cancel an event (creator or admin); it stays readable as CANCELLED and takes no RSVPs",
            responses = @ApiResponse(responseCode = "204", description = "cancelled"))
    ResponseEntity<Void> cancel(@Parameter(hidden = true) CurrentUser user, @PathVariable String eventId) {
        events.cancel(user, eventId);
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/{eventId}/banner", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the banner image (creator or admin)", description = "multipart part 'file'; JPEG, "
            + "PNG or WebP by content (415 unsupported-file-type), at most portal.files.max-image-size (413).")
    EventView uploadBanner(@Parameter(hidden = true) CurrentUser user, @PathVariable String eventId,
            @RequestPart(name = "file", required = false) MultipartFile file) {
        return EventView.of(events.uploadBanner(user, eventId, file));
    }

    @GetMapping("/{eventId}/banner")
    @Operation(summary = "The event's banner image")
    ResponseEntity<InputStreamResource> banner(@Parameter(hidden = true) CurrentUser user,
            @PathVariable String eventId) {
        Event event = events.read(user, eventId);
        return events.banner(event)
                .map(in -> ResponseEntity.ok().contentType(imageType(event.getBannerImage()))
                        .cacheControl(CacheControl.noCache()).body(new InputStreamResource(in)))
                .orElseThrow(() -> new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "No banner",
                        "The event has no banner image."));
    }

    // no 'produces': calendar apps send all sorts of Accept headers; the preset Content-Type is what they get
    @GetMapping("/{eventId}/calendar.ics")
    @Operation(summary = "The event as an RFC 5545 calendar entry (iCalendar), for any calendar application",
            responses = @ApiResponse(responseCode = "200", description = "the VCALENDAR with one VEVENT",
                    content = @Content(mediaType = "text/calendar", schema = @Schema(type = "string"))))
    ResponseEntity<String> calendar(@Parameter(hidden = true) CurrentUser user, @PathVariable String eventId) {
        Event event = events.read(user, eventId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("text/calendar; charset=UTF-8"))
                .header("Content-Disposition", "attachment; filename=\"event-" + eventId + ".ics\"")
                .body(calendar.of(event));
    }

    private static MediaType imageType(String key) {
        if (key.endsWith(".png")) {
            return MediaType.IMAGE_PNG;
        }
        return key.endsWith(".webp") ? MediaType.parseMediaType("image/webp") : MediaType.IMAGE_JPEG;
    }
}
