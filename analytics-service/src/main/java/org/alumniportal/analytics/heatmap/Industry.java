package org.alumniportal.analytics.heatmap;

import java.util.Locale;

/** The fixed industry list of profiles ({@code ProfileUpdated.industry}); anything else counts as OTHER. */
public enum Industry {
    SOFTWARE, FINANCE, CONSULTING, EDUCATION, HEALTHCARE, MANUFACTURING, RETAIL, TELECOM, GOVERNMENT, MEDIA, ENERGY,
    OTHER;

    static Industry of(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return OTHER;
        }
    }
}
