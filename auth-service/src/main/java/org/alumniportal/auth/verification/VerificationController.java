package org.alumniportal.auth.verification;

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
@Tag(name = "Verification", description = "Prove the e-mail address with the mailed 6-digit code")
class VerificationController {

    private final VerificationService verification;

    VerificationController(VerificationService verification) {
        this.verification = verification;
    }

    @PostMapping("/verify-email")
    @Operation(summary = "Verify the address with its code",
            description = "Codes expire after 10 minutes and work once; after 5 wrong codes the code is locked "
                    + "(problem otp-locked) and a new one must be requested. Wrong code: otp-invalid with attemptsLeft.")
    VerifiedEmail verify(@Valid @RequestBody VerifyEmailRequest request) {
        return verification.verify(request.email(), request.code());
    }

    @PostMapping("/resend-verification")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Mail a new code (the old one stops working)",
            description = "The same 202 for every address, known or not; within 60 s of the last code 429 "
                    + "otp-cooldown with Retry-After.")
    ResponseEntity<Map<String, String>> resend(@Valid @RequestBody ResendVerificationRequest request) {
        verification.resend(request.email());
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("message",
                "If this address has an account waiting for verification, a new code is on its way."));
    }
}
