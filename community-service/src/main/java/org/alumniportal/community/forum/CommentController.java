package org.alumniportal.community.forum;

import java.util.List;

import org.alumniportal.community.content.LikeState;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** Editing, deleting and liking one comment. */
@RestController
@RequestMapping("/api/forum/comments")
@Tag(name = "Forum")
class CommentController {

    private final ForumService forum;

    CommentController(ForumService forum) {
        this.forum = forum;
    }

    @PutMapping("/{commentId}")
    @Operation(summary = "Edit a comment (author or admin)")
    CommentView edit(@Parameter(hidden = true) CurrentUser user, @PathVariable String commentId,
            @Valid @RequestBody CommentEdit edit) {
        return CommentView.of(forum.editComment(user, commentId, edit), List.of());
    }

    @DeleteMapping("/{commentId}")
    @Operation(summary = "Delete a comment (author or admin); its replies leave the thread with it",
            responses = @ApiResponse(responseCode = "204", description = "deleted"))
    ResponseEntity<Void> delete(@Parameter(hidden = true) CurrentUser user, @PathVariable String commentId) {
        forum.deleteComment(user, commentId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{commentId}/like")
    @Operation(summary = "Like a comment; idempotent")
    LikeState like(@Parameter(hidden = true) CurrentUser user, @PathVariable String commentId) {
        return forum.likeComment(user, commentId, true);
    }

    @DeleteMapping("/{commentId}/like")
    @Operation(summary = "Take a like on a comment back; idempotent")
    LikeState unlike(@Parameter(hidden = true) CurrentUser user, @PathVariable String commentId) {
        return forum.likeComment(user, commentId, false);
    }
}
