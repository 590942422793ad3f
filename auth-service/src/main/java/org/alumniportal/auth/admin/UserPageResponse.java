package org.alumniportal.auth.admin;

import java.util.List;

/** A page of users; {@code page} counts from 0. */
record UserPageResponse(List<UserSummary> items, int page, int size, long totalElements, long totalPages) {
}
