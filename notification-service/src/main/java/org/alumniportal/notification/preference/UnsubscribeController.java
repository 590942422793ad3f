package org.alumniportal.notification.preference;

import org.alumniportal.notification.notification.NotificationType;
import org.alumniportal.platform.web.PortalException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * The link in every mail: no login, the signed token says who and which type. GET for the link a person
 * clicks, POST for mail clients' RFC 8058 one-click ({@code List-Unsubscribe-Post}).
 */
@RestController
@Tag(name = "Notification preferences")
class UnsubscribeController {

    /** What was turned off. */
    record Unsubscribed(NotificationType type, boolean email) {
    }

    private final UnsubscribeTokens tokens;
    private final Preferences preferences;

    UnsubscribeController(UnsubscribeTokens tokens, Preferences preferences) {
        this.tokens = tokens;
        this.preferences = preferences;
    }

    @GetMapping("/api/notifications/unsubscribe")
    @SecurityRequirements
    @Operation(summary = "Turn off mail of one type with the signed token of a mail's link (no login)")
    Unsubscribed unsubscribe(@RequestParam String token) {
        UnsubscribeTokens.Subject subject = tokens.verify(token).orElseThrow(() -> new PortalException(
                HttpStatus.BAD_REQUEST, "invalid-unsubscribe-token", "Invalid unsubscribe link",
                "This unsubscribe link is not valid; open your notification preferences instead."));
        preferences.unsubscribe(subject.userId(), subject.type());
        return new Unsubscribed(subject.type(), false);
    }

    @PostMapping("/api/notifications/unsubscribe")
    @SecurityRequirements
    @Operation(summary = "RFC 8058 one-click unsubscribe (mail clients post to the List-Unsubscribe link)")
    Unsubscribed oneClick(@RequestParam String token) {
        return unsubscribe(token);
    }
}
