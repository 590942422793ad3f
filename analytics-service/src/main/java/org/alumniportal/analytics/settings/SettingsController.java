package org.alumniportal.analytics.settings;

import java.util.Map;

import org.alumniportal.analytics.web.Access;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.tags.Tag;

/** System settings for administrators. */
@RestController
@Tag(name = "Admin settings")
class SettingsController {

    private final SettingsService settings;

    SettingsController(SettingsService settings) {
        this.settings = settings;
    }

    @GetMapping("/api/admin/settings")
    @Operation(summary = "Every setting with its typed value, default and description (admin only)")
    SettingsView get(@Parameter(hidden = true) CurrentUser user) {
        Access.requireAdmin(user);
        return settings.all();
    }

    @PutMapping("/api/admin/settings")
    @Operation(summary = "Change some settings: a JSON object of key → typed value; all are validated before any "
            + "is written; each change emits settings.changed.v1 and admin.action.v1 (admin only)")
    SettingsView put(@Parameter(hidden = true) CurrentUser user,
            @io.swagger.v3.oas.annotations.parameters.RequestBody(content = @Content(examples = @ExampleObject(
                    "{\"registration.open\": false, \"uploads.maxCvMb\": 10, "
                            + "\"recruiters.trustedDomains\": [\"acme.com\"]}")))
            @RequestBody Map<String, Object> changes) {
        Access.requireAdmin(user);
        return settings.update(changes, user);
    }
}
