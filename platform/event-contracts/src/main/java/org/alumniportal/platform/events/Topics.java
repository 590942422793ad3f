package org.alumniportal.platform.events;

import java.util.List;

/**
 * Topic convention: {@code portal.<aggregate>}, keyed by the aggregate id; failed records of a consumer go
 * to {@code <topic>.dlt}. Every service creates all of them at start-up, so no deployment order matters.
 */
public final class Topics {

    public static final String USER = "portal.user";
    public static final String SESSION = "portal.session";
    public static final String PROFILE = "portal.profile";
    public static final String JOB = "portal.job";
    public static final String APPLICATION = "portal.application";
    public static final String MENTORSHIP = "portal.mentorship";
    public static final String COMMUNITY = "portal.community";
    public static final String ADMIN = "portal.admin";

    public static final String DEAD_LETTER_SUFFIX = ".dlt";

    public static final List<String> ALL = List.of(USER, SESSION, PROFILE, JOB, APPLICATION, MENTORSHIP, COMMUNITY,
            ADMIN);

    private Topics() {
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
