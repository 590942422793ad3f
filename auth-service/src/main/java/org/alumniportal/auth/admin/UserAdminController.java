package org.alumniportal.auth.admin;

import org.alumniportal.auth.directory.AccountStatus;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

/** SPEC phase 7 user management, at the SPEC paths; the old {@code /api/auth/users} paths are gone. */
@RestController
@RequestMapping("/api/admin/users")
@PreAuthorize("hasRole('ADMIN')")
@SecurityRequirement(name = "bearer")
@Tag(name = "Users (admin)", description = "User list, roles, approval, suspension and deletion; ADMIN only")
class UserAdminController {

    private final UserAdminService users;

    UserAdminController(UserAdminService users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Users, page by page, newest first",
            description = "Filters combine; q matches name or e-mail, case-insensitive. page from 0; size 1 to 100 "
                    + "(larger is capped).")
    PageResponse<UserSummary> list(@RequestParam(required = false) PortalRole role,
            @RequestParam(required = false) AccountStatus status,
            @RequestParam(required = false) Boolean verified,
            @RequestParam(required = false) String q,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return users.list(role, status, verified, q, page, size);
    }

    @GetMapping("/{userId}")
    @Operation(summary = "One user", description = "404 user-not-found.")
    UserSummary get(@PathVariable String userId) {
        return users.get(userId);
    }

    @PutMapping("/{userId}")
    @Operation(summary = "Change a user's role and/or status",
            description = "Emits user.role-changed.v1 / user.status-changed.v1 and admin.action.v1. Status "
                    + "SUSPENDED ends every session at once; 409 last-admin when it would leave no active admin; "
                    + "409 account-deleted for a deleted account.")
    UserSummary update(@PathVariable String userId, @Valid @RequestBody UpdateUserRequest request,
            @Parameter(hidden = true) CurrentUser admin) {
        return users.update(userId, request, admin.id());
    }

    @PostMapping("/{userId}/suspend")
    @Operation(summary = "Suspend a user",
            description = "The user's tokens are refused from the next request, login answers 403 "
                    + "account-suspended, and the user is told by mail. 409 last-admin for the last active admin.")
    UserSummary suspend(@PathVariable String userId, @Valid @RequestBody SuspendRequest request,
            @Parameter(hidden = true) CurrentUser admin) {
        return users.suspend(userId, request.reason(), admin.id());
    }

    @PostMapping("/{userId}/activate")
    @Operation(summary = "Activate a user",
            description = "Approves a recruiter waiting for approval, or lifts a suspension.")
    UserSummary activate(@PathVariable String userId, @Parameter(hidden = true) CurrentUser admin) {
        return users.activate(userId, admin.id());
    }

    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete a user (soft)",
            description = "The account is disabled and its sessions end; with erase=true its personal data is "
                    + "removed as well (the Keycloak user and the name and e-mail kept here). 409 last-admin.")
    @ApiResponse(responseCode = "204", description = "Deleted")
    void delete(@PathVariable String userId, @RequestParam(defaultValue = "false") boolean erase,
            @Parameter(hidden = true) CurrentUser admin) {
        users.delete(userId, erase, admin.id());
    }
}
