package org.alumniportal.analytics.web;

import java.util.List;

import org.alumniportal.platform.web.PortalException;
import org.springframework.http.HttpStatus;

/** One page of a list, in the portal's paging shape (as job-service's and profile-service's pages). */
public record PageOf<T>(List<T> items, int page, int size, long totalElements, long totalPages) {

    public static final int MAX_SIZE = 100;

    /** The page of an already ordered list; {@code page} from 0, {@code size} 1 to {@value #MAX_SIZE}. */
    public static <T> PageOf<T> of(List<T> all, int page, int size) {
        if (page < 0 || size < 1 || size > MAX_SIZE) {
            throw new PortalException(HttpStatus.BAD_REQUEST, "invalid-page", "Invalid page",
                    "page must be at least 0 and size between 1 and " + MAX_SIZE + ".")
                    .with("errors", List.of(new org.alumniportal.platform.web.Problems.FieldError(
                            page < 0 ? "page" : "size", page < 0 ? "must be at least 0"
                                    : "must be between 1 and " + MAX_SIZE)));
        }
        long from = Math.min((long) page * size, all.size());
        long to = Math.min(from + size, all.size());
        long pages = (all.size() + size - 1) / size;
        return new PageOf<>(List.copyOf(all.subList((int) from, (int) to)), page, size, all.size(), pages);
    }
}
