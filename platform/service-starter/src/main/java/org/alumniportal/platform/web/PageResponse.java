package org.alumniportal.platform.web;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * The portal's one page shape for every list: {@code page} counts from 0, {@code size} is the size actually applied
 * (after {@link Paging}'s cap).
 */
public record PageResponse<T>(List<T> items, int page, int size, long totalElements, long totalPages) {

    public PageResponse {
        items = items == null ? List.of() : List.copyOf(items);
    }

    /** A page cut from {@code total} results. */
    public static <T> PageResponse<T> of(List<T> items, int page, int size, long total) {
        return new PageResponse<>(items, page, size, total, size <= 0 ? 0 : (total + size - 1) / size);
    }

    /** A Spring Data page, each element mapped to its response record. */
    public static <S, T> PageResponse<T> of(Page<S> page, Function<? super S, ? extends T> view) {
        return new PageResponse<>(page.getContent().stream().<T>map(view).toList(), page.getNumber(), page.getSize(),
                page.getTotalElements(), page.getTotalPages());
    }

    /** The requested page of a list already filtered and ordered in memory, {@link Paging}'s policy applied. */
    public static <T> PageResponse<T> slice(List<T> all, int page, int size) {
        return slice(all, page, size, Function.identity());
    }

    /** As {@link #slice(List, int, int)}, each element of the page mapped to its response record. */
    public static <E, T> PageResponse<T> slice(List<E> all, int page, int size, Function<? super E, ? extends T> view) {
        int p = Paging.page(page);
        int s = Paging.size(size);
        long from = Math.min(all.size(), (long) p * s);
        int to = (int) Math.min(all.size(), from + s);
        return of(all.subList((int) from, to).stream().<T>map(view).toList(), p, s, all.size());
    }

    /** The same page with each item mapped. */
    public <R> PageResponse<R> map(Function<? super T, ? extends R> view) {
        return new PageResponse<>(items.stream().<R>map(view).toList(), page, size, totalElements, totalPages);
    }

    /**
     * The same page with each item mapped, leaving out those that map to nothing (an item removed between ranking
     * and reading, say); the totals stay as counted.
     */
    public <R> PageResponse<R> mapPresent(Function<? super T, Optional<? extends R>> view) {
        return new PageResponse<>(items.stream().map(view).flatMap(Optional::stream).<R>map(r -> r).toList(), page,
                size, totalElements, totalPages);
    }
}
