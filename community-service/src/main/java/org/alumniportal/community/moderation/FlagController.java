package org.alumniportal.community.moderation;

import org.alumniportal.community.content.ContentType;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/**
 * Flagging, one path per kind under the prefix the gateway already routes to this service
 * ({@code /api/forum/**}, {@code /api/capsules/**}, {@code /api/events/**}).
 */
@RestController
@Tag(name = "Moderation", description = "Flags by anyone signed in; decisions by admins")
class FlagController {

    private static final String ONCE = " (anyone signed in; once per person and item: 409 already-flagged)";

    private final ModerationService moderation;

    FlagController(ModerationService moderation) {
        this.moderation = moderation;
    }

    @PostMapping("/api/forum/posts/{id}/flag")
    @Operation(summary = "Flag a forum post" + ONCE)
    FlagView flagPost(@Parameter(hidden = true) CurrentUser user, @PathVariable String id,
            @Valid @RequestBody FlagRequest request) {
        return moderation.flag(user, ContentType.POST, id, request.reason());
    }

    @PostMapping("/api/forum/comments/{id}/flag")
    @Operation(summary = "Flag a forum comment" + ONCE)
    FlagView flagComment(@Parameter(hidden = true) CurrentUser user, @PathVariable String id,
            @Valid @RequestBody FlagRequest request) {
        return moderation.flag(user, ContentType.COMMENT, id, request.reason());
    }

    @PostMapping("/api/capsules/{id}/flag")
    @Operation(summary = "Flag a knowledge capsule" + ONCE)
    FlagView flagCapsule(@Parameter(hidden = true) CurrentUser user, @PathVariable String id,
            @Valid @RequestBody FlagRequest request) {
        return moderation.flag(user, ContentType.CAPSULE, id, request.reason());
    }

    @PostMapping("/api/events/{id}/flag")
    @Operation(summary = "Flag an event" + ONCE)
    FlagView flagEvent(@Parameter(hidden = true) CurrentUser user, @PathVariable String id,
            @Valid @RequestBody FlagRequest request) {
        return moderation.flag(user, ContentType.EVENT, id, request.reason());
    }
}
