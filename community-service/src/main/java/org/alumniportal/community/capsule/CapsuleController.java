package org.alumniportal.community.capsule;

import java.net.URI;

import org.alumniportal.community.content.LikeState;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Knowledge capsules. */
@RestController
@RequestMapping("/api/capsules")
@Tag(name = "Knowledge capsules", description = "Short lessons by alumni")
class CapsuleController {

    private final CapsuleService capsules;

    CapsuleController(CapsuleService capsules) {
        this.capsules = capsules;
    }

    @PostMapping("/create")
    @Operation(summary = "Publish a capsule (ALUMNI only; others 403 role-not-allowed)",
            responses = @ApiResponse(responseCode = "201", description = "created"))
    ResponseEntity<CapsuleView> create(@Parameter(hidden = true) CurrentUser user,
            @Valid @RequestBody CapsuleRequest request) {
        Capsule capsule = capsules.create(user, request);
        return ResponseEntity.created(URI.create("/api/capsules/" + capsule.id())).body(CapsuleView.of(capsule));
    }

    @GetMapping
    @Operation(summary = "Capsules, featured first then newest, paged; filter by category, tag, author id, featured")
    PageResponse<CapsuleView> list(@RequestParam(required = false) CapsuleCategory category,
            @RequestParam(required = false) String tag, @RequestParam(required = false) String author,
            @RequestParam(required = false) Boolean featured, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return capsules.list(category, tag, author, featured, Paging.page(page), Paging.size(size))
                .map(CapsuleView::of);
    }

    @GetMapping("/trending")
    @Operation(summary = "Capsules by recent engagement, paged",
            description = "trendScore = Σ over likes in the window of 3·2^(−age/halfLife) + Σ over views of "
                    + "1·2^(−age/halfLife); defaults: halfLife 48 h, window 14 days (portal.community.trending.*). "
                    + "A fresh capsule liked today outranks an old one with more lifetime likes.")
    PageResponse<CapsuleView> trending(@RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return capsules.trending(Paging.page(page), Paging.size(size));
    }

    @GetMapping("/{capsuleId}")
    @Operation(summary = "A capsule; reading counts a view once per person and UTC day (not the author's)")
    CapsuleView details(@Parameter(hidden = true) CurrentUser user, @PathVariable String capsuleId) {
        return CapsuleView.of(capsules.read(user, capsuleId));
    }

    @PutMapping("/{capsuleId}")
    @Operation(summary = "Replace a capsule's content (author or admin)")
    CapsuleView update(@Parameter(hidden = true) CurrentUser user, @PathVariable String capsuleId,
            @Valid @RequestBody CapsuleRequest request) {
        return CapsuleView.of(capsules.update(user, capsuleId, request));
    }

    @DeleteMapping("/{capsuleId}")
    @Operation(summary = "Delete a capsule (author or admin)",
            responses = @ApiResponse(responseCode = "204", description = "deleted"))
    ResponseEntity<Void> delete(@Parameter(hidden = true) CurrentUser user, @PathVariable String capsuleId) {
        capsules.delete(user, capsuleId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{capsuleId}/feature")
    @Operation(summary = "Feature or unfeature a capsule (admin)")
    CapsuleView feature(@Parameter(hidden = true) CurrentUser user, @PathVariable String capsuleId,
            @RequestBody FeatureRequest request) {
        return CapsuleView.of(capsules.feature(user, capsuleId, request.featured()));
    }

    @PostMapping("/{capsuleId}/like")
    @Operation(summary = "Like a capsule; idempotent")
    LikeState like(@Parameter(hidden = true) CurrentUser user, @PathVariable String capsuleId) {
        return capsules.like(user, capsuleId, true);
    }

    @DeleteMapping("/{capsuleId}/like")
    @Operation(summary = "Take a like on a capsule back; idempotent")
    LikeState unlike(@Parameter(hidden = true) CurrentUser user, @PathVariable String capsuleId) {
        return capsules.like(user, capsuleId, false);
    }
}
