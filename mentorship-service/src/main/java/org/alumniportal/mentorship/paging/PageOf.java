package org.alumniportal.mentorship.paging;

import java.util.List;
import java.util.function.Function;

/** One page of a list, in the portal's paging shape (the same members as profile-service's and job-service's). */
public record PageOf<T>(List<T> items, int page, int size, long totalElements, long totalPages) {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    /** Clamps a requested page number: negative means the first. */
    public static int page(int requested) {
        return Math.max(0, requested);
    }

    /** Clamps a requested page size to 1..{@value #MAX_SIZE}. */
    public static int size(int requested) {
        return Math.min(MAX_SIZE, Math.max(1, requested));
    }

    /** The page of an already filtered and ordered list. */
    public static <E, T> PageOf<T> slice(List<E> all, int page, int size, Function<E, T> view) {
        int p = page(page);
        int s = size(size);
        long from = (long) p * s;
        List<T> items = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + s)).stream().map(view).toList();
        return new PageOf<>(items, p, s, all.size(), (all.size() + s - 1) / s);
    }
}
