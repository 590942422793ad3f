package org.alumniportal.community.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment, or a reply to {@code parentCommentId} (a comment of the same post). */
record CommentRequest(@NotBlank @Size(max = 5_000) String content, String parentCommentId) {
}
