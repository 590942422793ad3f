package org.alumniportal.platform.events;

import java.util.Locale;
import java.util.Optional;

/**
 * The one fixed industry list of profiles and jobs (issue 15: the industry heatmap). Producers accept only these
 * names (a request with another value is a 400 field error); events carry the name as a string, so a consumer
 * built before a value was added reads it with {@link #parse} as {@link #OTHER} instead of failing.
 */
public enum Industry {
    SOFTWARE, FINANCE, CONSULTING, EDUCATION, HEALTHCARE, MANUFACTURING, RETAIL, TELECOM, GOVERNMENT, MEDIA, ENERGY,
    OTHER;

    /** Empty for no industry; {@link #OTHER} for a name this version does not know. */
    public static Optional<Industry> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException unknown) {
            return Optional.of(OTHER);
        }
    }
}
