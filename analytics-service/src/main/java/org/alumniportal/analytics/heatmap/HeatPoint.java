package org.alumniportal.analytics.heatmap;

import org.alumniportal.platform.events.Industry;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * One point of a heatmap layer. On the industries layer only: {@code industry}, and {@code count} split into
 * {@code people} (profiles) and {@code jobs} (open jobs).
 */
record HeatPoint(String location, double latitude, double longitude, long count,
        @Schema(nullable = true) Industry industry, @Schema(nullable = true) Long people,
        @Schema(nullable = true) Long jobs) {

    HeatPoint(String location, double latitude, double longitude, long count) {
        this(location, latitude, longitude, count, null, null, null);
    }
}
