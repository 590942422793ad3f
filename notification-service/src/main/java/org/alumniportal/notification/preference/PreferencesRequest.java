package org.alumniportal.notification.preference;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A change of preferences; absent members keep their value. {@code types} is keyed by notification type
 * ({@code MENTORSHIP_REQUESTED}…); an unknown key is a 400.
 */
record PreferencesRequest(Boolean emailEnabled, Boolean pushEnabled, Digest digest,
        @Schema(description = "per notification type, e.g. {\"JOB_MATCH\": {\"inApp\": true, \"email\": true}}")
        Map<String, Channels> types) {
}
