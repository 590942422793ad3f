package org.alumniportal.notification.preference;

import org.alumniportal.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** The caller's own notification preferences. */
@RestController
@Tag(name = "Notification preferences", description = "Channels per notification type, mail switch, digest")
class PreferencesController {

    private final Preferences preferences;

    PreferencesController(Preferences preferences) {
        this.preferences = preferences;
    }

    @GetMapping("/api/notifications/preferences")
    @Operation(summary = "My preferences: every type with its effective channels")
    PreferencesView get(@Parameter(hidden = true) CurrentUser user) {
        return preferences.view(user.id());
    }

    @PutMapping("/api/notifications/preferences")
    @Operation(summary = "Change my preferences; members left out keep their value, unknown types are 400")
    PreferencesView put(@Parameter(hidden = true) CurrentUser user, @Valid @RequestBody PreferencesRequest request) {
        return preferences.update(user.id(), request);
    }
}
