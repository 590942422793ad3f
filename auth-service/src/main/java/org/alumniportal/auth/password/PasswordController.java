package org.alumniportal.auth.password;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Password", description = "Forgotten password: a mailed single-use token, then a new password")
class PasswordController {

    private final PasswordResetService passwords;

    PasswordController(PasswordResetService passwords) {
        this.passwords = passwords;
    }

    @PostMapping("/forgot-password")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Mail a password-reset token (valid 30 minutes, single use)",
            description = "Always 202 with the same body, whether or not the address has an account.")
    ResponseEntity<Map<String, String>> forgot(@Valid @RequestBody ForgotPasswordRequest request) {
        passwords.forgot(request.email());
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(Map.of("message", "If an account exists for this address, a reset link is on its way."));
    }

    @PostMapping("/reset-password")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set a new password with a mailed token; ends every session of the user",
            description = "204 on success; reset-token-invalid for an unknown, used or expired token; "
                    + "validation errors on newPassword when it breaks the policy.")
    ResponseEntity<Void> reset(@Valid @RequestBody ResetPasswordRequest request) {
        passwords.reset(request.token(), request.newPassword());
        return ResponseEntity.noContent().build();
    }
}
