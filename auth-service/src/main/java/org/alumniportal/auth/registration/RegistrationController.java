package org.alumniportal.auth.registration;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/auth")
@Tag(name = "Registration", description = "Create an account; a 6-digit code is mailed to verify the address")
class RegistrationController {

    private final RegistrationService registration;

    RegistrationController(RegistrationService registration) {
        this.registration = registration;
    }

    @PostMapping("/register")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register as STUDENT, ALUMNI or RECRUITER",
            description = "201 with the new account (not verified yet). 409 email-taken for a known address; "
                    + "400 validation with field errors for a bad address, a weak password, a blank name or a "
                    + "role that is not self-assignable (ADMIN never is).")
    RegisteredUser register(@Valid @RequestBody RegisterRequest request) {
        return registration.register(request);
    }
}
