package org.alumniportal.analytics.audit;

import java.time.Instant;
import java.util.List;

import org.alumniportal.analytics.web.Access;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The audit log, read-only: no endpoint edits or deletes an entry. */
@RestController
@Tag(name = "Admin audit log")
class AuditLogController {

    private final AuditTrail trail;

    AuditLogController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping("/api/admin/audit-log")
    @Operation(summary = "Admin actions of every service, newest first; every given filter must match (admin only)")
    PageResponse<AuditEntry> list(@Parameter(hidden = true) CurrentUser user,
            @RequestParam(required = false) String actorId,
            @Parameter(description = "e.g. PROFILE_VERIFIED, USER_ROLE_CHANGED, USER_STATUS_CHANGED, "
                    + "API_KEY_REVOKED, CONTENT_MODERATED, SETTING_CHANGED")
            @RequestParam(required = false) String action,
            @Parameter(description = "e.g. USER, PROFILE, API_KEY, POST, SETTING")
            @RequestParam(required = false) String targetType,
            @RequestParam(required = false) String targetId,
            @Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(required = false) Instant from,
            @Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        Access.requireAdmin(user);
        if (from != null && to != null && from.isAfter(to)) {
            throw new PortalException(HttpStatus.BAD_REQUEST, Problems.VALIDATION, "Invalid range",
                    "from must not be after to.").with("errors", List.of(new Problems.FieldError("from",
                    "must not be after to")));
        }
        return PageResponse.slice(trail.find(actorId, action, targetType, targetId, from, to), page, size);
    }
}
