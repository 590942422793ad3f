package org.alumniportal.auth.admin;

import org.alumniportal.platform.security.CurrentUser;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/auth/users")
@PreAuthorize("hasRole('ADMIN')")
@SecurityRequirement(name = "bearer")
@Tag(name = "Users (admin)", description = "User list and role changes; ADMIN only")
class UserAdminController {

    private final UserAdminService users;

    UserAdminController(UserAdminService users) {
        this.users = users;
    }

    @GetMapping
    @Operation(summary = "Users, page by page", description = "page from 0; size 1 to 100 (larger is capped).")
    UserPageResponse list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return users.list(page, size);
    }

    @PutMapping("/{userId}/role")
    @Operation(summary = "Give a user another portal role", description = "Emits user.role-changed.v1; "
            + "404 user-not-found; 409 own-role when an admin tries to change their own role.")
    UserSummary changeRole(@PathVariable String userId, @Valid @RequestBody ChangeRoleRequest request,
            CurrentUser admin) {
        return users.changeRole(userId, request.role(), admin.id());
    }
}
