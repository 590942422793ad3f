package org.alumniportal.community.forum;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A comment's new content. */
record CommentEdit(@NotBlank @Size(max = 5_000) String content) {
}
