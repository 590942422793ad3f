package org.alumniportal.analytics.heatmap;

import io.swagger.v3.oas.annotations.media.Schema;

/** One point of a heatmap layer; {@code industry} only on the industries layer. */
record HeatPoint(String location, double latitude, double longitude, long count,
        @Schema(nullable = true) Industry industry) {
}
