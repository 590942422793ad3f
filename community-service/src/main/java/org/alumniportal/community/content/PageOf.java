package org.alumniportal.community.content;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the portal's paging shape (the same as job-service's and profile-service's). */
public record PageOf<T>(List<T> items, int page, int size, long totalElements, long totalPages) {

    public static final int MAX_SIZE = 100;

    public static <T> PageOf<T> of(List<T> items, int page, int size, long total) {
        return new PageOf<>(List.copyOf(items), page, size, total, size == 0 ? 0 : (total + size - 1) / size);
    }

    /** A page cut from a list already complete in memory. */
    public static <T> PageOf<T> slice(List<T> all, int page, int size) {
        int from = (int) Math.min(all.size(), (long) page * size);
        int to = Math.min(all.size(), from + size);
        return of(all.subList(from, to), page, size, all.size());
    }

    public <R> PageOf<R> map(Function<T, R> mapper) {
        return new PageOf<>(items.stream().map(mapper).toList(), page, size, totalElements, totalPages);
    }

    /** This page without the items that vanished between ranking and reading (a concurrent removal, say). */
    public PageOf<T> withoutMissing() {
        return new PageOf<>(items.stream().filter(java.util.Objects::nonNull).toList(), page, size, totalElements,
                totalPages);
    }

    /** Request values clamped: a negative page is the first, size is 1..{@value #MAX_SIZE}. */
    public static int page(int page) {
        return Math.max(0, page);
    }

    public static int size(int size) {
        return Math.min(MAX_SIZE, Math.max(1, size));
    }
}
