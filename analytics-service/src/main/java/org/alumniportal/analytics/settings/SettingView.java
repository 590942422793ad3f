package org.alumniportal.analytics.settings;

import java.time.Instant;

import io.swagger.v3.oas.annotations.media.Schema;

/** One setting as an administrator sees it; {@code value} is typed (boolean, number, string or list). */
record SettingView(String key, SettingType type, Object value, Object defaultValue, String description,
        @Schema(nullable = true) Instant updatedAt, @Schema(nullable = true) String updatedBy) {
}
