package org.alumniportal.notification.live;

import java.util.List;

import org.alumniportal.notification.notification.NotificationView;
import org.alumniportal.notification.notification.Notifications;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;

/** The live stream of the caller's new notifications. */
@RestController
@Tag(name = "Notifications")
class StreamController {

    /** Most notifications replayed on one reconnect; older ones are in the list. */
    static final int REPLAY_LIMIT = 200;

    private final LiveHub hub;
    private final Notifications notifications;

    StreamController(LiveHub hub, Notifications notifications) {
        this.hub = hub;
        this.notifications = notifications;
    }

    @GetMapping(path = "/api/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Operation(summary = "Server-Sent Events: each new notification as event 'notification' whose id is the "
            + "notification id; reconnect with Last-Event-ID to get what was missed; comment heartbeats")
    SseEmitter stream(@Parameter(hidden = true) CurrentUser user,
            @RequestHeader(name = "Last-Event-ID", required = false) String lastEventId,
            HttpServletResponse response) {
        // Tell nginx-style proxies not to buffer; the gateway streams text/event-stream as it comes.
        response.setHeader("X-Accel-Buffering", "no");
        response.setHeader("Cache-Control", "no-cache");
        return hub.open(user.id(), () -> lastEventId == null || lastEventId.isBlank() ? List.<NotificationView>of()
                : notifications.after(user.id(), lastEventId.strip(), REPLAY_LIMIT));
    }
}
