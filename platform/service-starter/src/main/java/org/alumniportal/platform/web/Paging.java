package org.alumniportal.platform.web;

/**
 * The one page-size policy: {@code size} defaults to {@value #DEFAULT_SIZE}, is at least 1 and at most
 * {@value #MAX_SIZE} (a larger one is capped, not refused); {@code page} counts from 0.
 */
public final class Paging {

    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;

    private Paging() {
    }

    public static int size(int requested) {
        return Math.min(MAX_SIZE, Math.max(1, requested));
    }

    public static int page(int requested) {
        return Math.max(0, requested);
    }
}
