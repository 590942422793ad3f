package org.alumniportal.community.forum;

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

/** Forum posts: write, list, read with comments, edit, delete, pin, like, comment. */
@RestController
@RequestMapping("/api/forum/posts")
@Tag(name = "Forum", description = "Posts and threaded comments; HTML is sanitised on the way in")
class PostController {

    private final ForumService forum;

    PostController(ForumService forum) {
        this.forum = forum;
    }

    @PostMapping
    @Operation(summary = "Write a post (anyone signed in); content HTML is sanitised, tags lower-cased",
            responses = @ApiResponse(responseCode = "201", description = "created"))
    ResponseEntity<PostView> create(@Parameter(hidden = true) CurrentUser user,
            @Valid @RequestBody PostRequest request) {
        Post post = forum.create(user, request);
        return ResponseEntity.created(URI.create("/api/forum/posts/" + post.id())).body(PostView.of(post));
    }

    @GetMapping
    @Operation(summary = "Posts, pinned first then newest, paged; filter by tag and author id")
    PageResponse<PostView> list(@Parameter(hidden = true) CurrentUser user, @RequestParam(required = false) String tag,
            @RequestParam(required = false) String author, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return forum.list(user, tag, author, Paging.page(page), Paging.size(size)).map(PostView::of);
    }

    @GetMapping("/{postId}")
    @Operation(summary = "A post with likesCount, commentsCount, whether I like it and a page of its comment "
            + "threads (top-level comments, replies nested); removed posts are 404 but to admins")
    PostDetails details(@Parameter(hidden = true) CurrentUser user, @PathVariable String postId,
            @RequestParam(defaultValue = "0") int commentsPage, @RequestParam(defaultValue = "20") int commentsSize) {
        Post post = forum.read(user, postId);
        return PostDetails.of(post, forum.likedByMe(user, postId),
                forum.threads(postId, Paging.page(commentsPage), Paging.size(commentsSize)));
    }

    @PutMapping("/{postId}")
    @Operation(summary = "Replace a post's title, content and tags (author or admin)")
    PostView update(@Parameter(hidden = true) CurrentUser user, @PathVariable String postId,
            @Valid @RequestBody PostRequest request) {
        return PostView.of(forum.update(user, postId, request));
    }

    @DeleteMapping("/{postId}")
    @Operation(summary = "Delete a post (author or admin)",
            responses = @ApiResponse(responseCode = "204", description = "deleted"))
    ResponseEntity<Void> delete(@Parameter(hidden = true) CurrentUser user, @PathVariable String postId) {
        forum.delete(user, postId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{postId}/pin")
    @Operation(summary = "Pin or unpin a post (admin)")
    PostView pin(@Parameter(hidden = true) CurrentUser user, @PathVariable String postId,
            @RequestBody PinRequest request) {
        return PostView.of(forum.pin(user, postId, request.pinned()));
    }

    @PostMapping("/{postId}/like")
    @Operation(summary = "Like a post; idempotent (a second like changes nothing)")
    LikeState like(@Parameter(hidden = true) CurrentUser user, @PathVariable String postId) {
        return forum.likePost(user, postId, true);
    }

    @DeleteMapping("/{postId}/like")
    @Operation(summary = "Take a like back; idempotent")
    LikeState unlike(@Parameter(hidden = true) CurrentUser user, @PathVariable String postId) {
        return forum.likePost(user, postId, false);
    }

    @PostMapping("/{postId}/comments")
    @Operation(summary = "Comment on a post, or reply to one of its comments (parentCommentId)",
            responses = @ApiResponse(responseCode = "201", description = "created"))
    ResponseEntity<CommentView> comment(@Parameter(hidden = true) CurrentUser user, @PathVariable String postId,
            @Valid @RequestBody CommentRequest request) {
        Comment comment = forum.comment(user, postId, request);
        return ResponseEntity.created(URI.create("/api/forum/comments/" + comment.id()))
                .body(CommentView.of(comment, java.util.List.of()));
    }
}
