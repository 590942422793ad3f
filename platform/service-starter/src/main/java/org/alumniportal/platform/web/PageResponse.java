package org.alumniportal.platform.web;

import java.util.List;
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
}
