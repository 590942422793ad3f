package org.alumniportal.community.content;

/** The answer of a like or unlike: whether the caller likes the item now, and its exact count. */
public record LikeState(boolean liked, long likesCount) {
}
