package org.alumniportal.notification.notification;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The caller's own notifications; anyone else's answer 404 as if they did not exist. */
@RestController
@Validated
@Tag(name = "Notifications", description = "In-app notifications of the signed-in user")
class NotificationController {

    private final Notifications notifications;

    NotificationController(Notifications notifications) {
        this.notifications = notifications;
    }

    @GetMapping("/api/notifications")
    @Operation(summary = "My notifications, newest first; filter by unreadOnly and type")
    PageResponse<NotificationView> list(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(defaultValue = "false") boolean unreadOnly,
            @RequestParam(required = false) NotificationType type,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return notifications.page(user.id(), unreadOnly, type, Paging.page(page), Paging.size(size));
    }

    @GetMapping("/api/notifications/unread-count")
    @Operation(summary = "How many of my notifications are unread")
    UnreadCount unreadCount(@Parameter(hidden = true) CurrentUser user) {
        return new UnreadCount(notifications.unreadCount(user.id()));
    }

    @PutMapping("/api/notifications/{id}/read")
    @Operation(summary = "Mark one of my notifications read (idempotent; keeps the first readAt); another "
            + "user's id answers 404")
    NotificationView markRead(@Parameter(hidden = true) CurrentUser user, @PathVariable String id) {
        return notifications.markRead(user.id(), id);
    }

    @PutMapping("/api/notifications/read-all")
    @Operation(summary = "Mark all my notifications read; answers the new unread count (0)")
    UnreadCount markAllRead(@Parameter(hidden = true) CurrentUser user) {
        notifications.markAllRead(user.id());
        return new UnreadCount(notifications.unreadCount(user.id()));
    }

    @DeleteMapping("/api/notifications/{id}")
    @Operation(summary = "Delete one of my notifications")
    @ApiResponse(responseCode = "204", description = "deleted")
    @ApiResponse(responseCode = "404", description = "not one of my notifications")
    ResponseEntity<Void> delete(@Parameter(hidden = true) CurrentUser user, @PathVariable String id) {
        notifications.delete(user.id(), id);
        return ResponseEntity.noContent().build();
    }
}
