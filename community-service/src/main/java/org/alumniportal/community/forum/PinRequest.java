package org.alumniportal.community.forum;

/** Pin (true) or unpin (false) a post; pinned posts lead the list. */
record PinRequest(boolean pinned) {
}
