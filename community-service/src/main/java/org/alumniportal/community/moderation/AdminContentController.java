package org.alumniportal.community.moderation;

import org.alumniportal.community.content.ContentType;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The admins' side of moderation; every call by a non-admin is 403 admin-only. */
@RestController
@RequestMapping("/api/admin/content")
@Tag(name = "Moderation")
class AdminContentController {

    private final ModerationService moderation;

    AdminContentController(ModerationService moderation) {
        this.moderation = moderation;
    }

    @GetMapping("/flagged")
    @Operation(summary = "Flagged content, most flagged first, paged (admin)")
    PageResponse<FlaggedView> flagged(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(required = false) FlaggedItem.Status status,
            @Parameter(schema = @Schema(allowableValues = {"POST", "COMMENT", "CAPSULE", "EVENT"}))
            @RequestParam(required = false) String type,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return moderation.flagged(user, status, type == null ? null : ContentType.parse(type), Paging.page(page),
                Paging.size(size));
    }

    @PostMapping("/moderate")
    @Operation(summary = "Approve or remove an item (admin); removed content answers 404 to everyone but admins")
    FlaggedView moderate(@Parameter(hidden = true) CurrentUser user, @Valid @RequestBody ModerateRequest request) {
        return moderation.moderate(user, request);
    }

    @DeleteMapping("/{type}/{id}")
    @Operation(summary = "Remove an item directly (admin)",
            responses = @ApiResponse(responseCode = "204", description = "removed"))
    ResponseEntity<Void> delete(@Parameter(hidden = true) CurrentUser user,
            @Parameter(schema = @Schema(allowableValues = {"post", "comment", "capsule", "event"}))
            @PathVariable String type, @PathVariable String id) {
        moderation.delete(user, ContentType.parse(type), id);
        return ResponseEntity.noContent().build();
    }
}
