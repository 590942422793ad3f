package org.alumniportal.profile.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.springframework.http.HttpStatus;

import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.alumniportal.platform.web.Paging;

/**
 * Reads the query parameters of the directory endpoints and collects every problem as a field error, so that
 * "batchYear=abc&page=-1" answers one 400 {@code validation} problem naming both (Spring's own conversion would
 * stop at the first and name no field).
 */
final class QueryParams {

    static final int DEFAULT_SIZE = 20;
    /** Anti-scraping: bigger page sizes are silently reduced to this (the response's {@code size} shows it). */
    static final int MAX_SIZE = Paging.MAX_SIZE;
    /** No page reaches past this many results: narrow the filters instead of paging the whole directory. */
    static final int MAX_WINDOW = 10_000;

    private final List<Problems.FieldError> errors = new ArrayList<>();

    Integer batchYear(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        Integer year = parse(raw);
        if (year == null || year < 1900 || year > 2200) {
            errors.add(new Problems.FieldError("batchYear", "must be a year such as 2019"));
            return null;
        }
        return year;
    }

    int page(String raw) {
        if (raw == null || raw.isBlank()) {
            return 0;
        }
        Integer page = parse(raw);
        if (page == null || page < 0) {
            errors.add(new Problems.FieldError("page", "must be a whole number, 0 or more"));
            return 0;
        }
        return page;
    }

    int size(String raw) {
        if (raw == null || raw.isBlank()) {
            return DEFAULT_SIZE;
        }
        Integer size = parse(raw);
        if (size == null || size < 1) {
            errors.add(new Problems.FieldError("size", "must be a whole number, 1 or more (at most " + MAX_SIZE
                    + " are returned)"));
            return DEFAULT_SIZE;
        }
        return Math.min(size, MAX_SIZE);
    }

    boolean flag(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return false;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> {
                errors.add(new Problems.FieldError(name, "must be true or false"));
                yield false;
            }
        };
    }

    DirectoryOrder order(String raw) {
        if (raw == null || raw.isBlank()) {
            return DirectoryOrder.NAME;
        }
        return switch (raw.strip().toLowerCase(Locale.ROOT)) {
            case "name" -> DirectoryOrder.NAME;
            case "recent" -> DirectoryOrder.RECENT;
            default -> {
                errors.add(new Problems.FieldError("sort", "must be one of [name, recent]"));
                yield DirectoryOrder.NAME;
            }
        };
    }

    /** Comma-separated values, repeated parameters allowed ({@code skills=a,b&skills=c}). */
    static List<String> list(List<String> raw) {
        return raw == null ? List.of()
                : raw.stream().flatMap(s -> Arrays.stream(s.split(","))).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
    }

    /** Throws the collected field errors, if any; then checks the paging window. */
    void validate(int page, int size) {
        if (errors.isEmpty() && (long) page * size + size > MAX_WINDOW) {
            errors.add(new Problems.FieldError("page", "results beyond the first " + MAX_WINDOW
                    + " are not served; narrow the filters"));
        }
        if (!errors.isEmpty()) {
            throw new PortalException(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid request",
                    "Some fields are invalid.").with("errors", List.copyOf(errors));
        }
    }

    private static Integer parse(String raw) {
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
