package org.alumniportal.auth.account;

import java.util.List;

import org.alumniportal.auth.identity.PersonNames;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Account", description = "The caller's own account")
class AccountController {

    @GetMapping("/me")
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "Who am I", description = "From the validated access token; Keycloak's technical roles "
            + "(offline_access, default-roles-…) are left out.")
    Me me(CurrentUser user, @AuthenticationPrincipal Jwt jwt) {
        List<String> roles = user.roles().stream().filter(r -> PortalRole.fromName(r).isPresent()).sorted().toList();
        boolean verified = Boolean.TRUE.equals(jwt.getClaimAsBoolean("email_verified"));
        return new Me(user.id(), user.email(), PersonNames.fromTokenName(user.name()), roles, verified);
    }
}
