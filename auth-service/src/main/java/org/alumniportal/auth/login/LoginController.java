package org.alumniportal.auth.login;

import org.alumniportal.auth.identity.TokenResponse;
import org.alumniportal.platform.security.CurrentUser;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Login", description = "Tokens for a verified account, their refresh, and logout")
class LoginController {

    private final LoginService login;

    LoginController(LoginService login) {
        this.login = login;
    }

    @PostMapping("/login")
    @Operation(summary = "Log in with e-mail and password",
            description = "200 token response (RFC 6749 names). 401 invalid-credentials, the same for a wrong "
                    + "password, an unknown address and a locked account; 403 email-not-verified when the "
                    + "password is right but the address is not verified yet.")
    TokenResponse login(@Valid @RequestBody LoginRequest request) {
        return login.login(request.email(), request.password());
    }

    @PostMapping("/refresh")
    @Operation(summary = "New tokens for a refresh token", description = "401 invalid-refresh-token when it is "
            + "invalid, expired or its session ended (logout, password reset).")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        return login.refresh(request.refreshToken());
    }

    @PostMapping("/logout")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @SecurityRequirement(name = "bearer")
    @Operation(summary = "End the session of the access token",
            description = "204; the session's refresh token stops working and the gateway refuses the access "
                    + "token from the next request on (session.revoked.v1).")
    ResponseEntity<Void> logout(CurrentUser user) {
        login.logout(user.id(), user.sessionId());
        return ResponseEntity.noContent().build();
    }
}
