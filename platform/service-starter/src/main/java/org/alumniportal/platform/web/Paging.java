package org.alumniportal.platform.web;

/**
 * The one paging policy of every list: {@code page} counts from 0; {@code size} defaults to {@value #DEFAULT_SIZE}
 * and a size above {@value #MAX_SIZE} is capped to it (a client asking for "all" still gets an answer, bounded). A
 * negative page or a size below 1 is a mistake, not a wish: 400 {@code validation} naming the field, the same in
 * every service.
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    /** The page size to apply: 1 to {@value #MAX_SIZE}; below 1 is a 400 {@code validation} on {@code size}. */
    public static int size(int requested) {
        if (requested < 1) {
            throw PortalException.invalid("size", "must be at least 1");
        }
        return Math.min(MAX_SIZE, requested);
    }

    /** The page number to apply; negative is a 400 {@code validation} on {@code page}. */
    public static int page(int requested) {
        if (requested < 0) {
            throw PortalException.invalid("page", "must be at least 0");
        }
        return requested;
    }
}
