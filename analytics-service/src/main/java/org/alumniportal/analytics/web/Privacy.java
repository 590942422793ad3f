package org.alumniportal.analytics.web;

/**
 * The privacy rule of every figure a non-admin sees: hidden profiles are never counted (the callers filter with
 * {@code ProfileFacts.countsPublicly()}), and a group smaller than {@value #MIN_GROUP} people is left out, so
 * that no aggregate points at one person. Admins see everything.
 */
public final class Privacy {

    public static final int MIN_GROUP = 5;

    private Privacy() {
    }

    /** Whether a group of {@code count} people may be shown to this viewer. */
    public static boolean shown(long count, boolean admin) {
        return admin || count >= MIN_GROUP;
    }
}
