package org.alumniportal.platform.testapp;

import java.util.Map;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

@RestController
public class ProbeController {

    public enum Role { STUDENT, ALUMNI, RECRUITER }

    public record PersonRequest(@NotBlank String name, @NotBlank @Email String email, @Min(16) int age, Role role) {
    }

    @PostMapping("/probe/people")
    @org.springframework.web.bind.annotation.ResponseStatus(HttpStatus.CREATED)
    @io.swagger.v3.oas.annotations.Operation(summary = "Add a person", description = "409 email-taken when known.")
    ResponseEntity<PersonRequest> create(@Valid @RequestBody PersonRequest person) {
        return ResponseEntity.status(HttpStatus.CREATED).body(person);
    }

    @GetMapping("/probe/search")
    Map<String, Object> search(@RequestParam String q, @RequestParam(defaultValue = "0") int page) {
        return Map.of("q", q, "page", page);
    }

    @GetMapping("/probe/conflict")
    void conflict() {
        throw new PortalException(HttpStatus.CONFLICT, "email-taken", "Email already registered",
                "An account with this email exists.").with("email", "ada@example.edu");
    }

    @GetMapping("/probe/slow-down")
    void slowDown() {
        throw new PortalException(HttpStatus.TOO_MANY_REQUESTS, "otp-cooldown", "Too soon",
                "Wait before asking for another code.").with("retryAfterSeconds", 42).withHeader("Retry-After", "42");
    }

    @GetMapping("/probe/boom")
    void boom() {
        throw new IllegalStateException("secret internal detail: connection string mongodb://user:pw@db");
    }

    @PostMapping("/probe/upload")
    Map<String, Object> upload(@RequestPart("file") MultipartFile file) {
        return Map.of("size", file.getSize());
    }

    @GetMapping("/probe/me")
    CurrentUser me(CurrentUser user) {
        return user;
    }

    @GetMapping("/probe/admin")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, String> admin(CurrentUser user) {
        return Map.of("admin", user.id());
    }

    @GetMapping("/public/ping")
    Map<String, String> ping() {
        return Map.of("pong", "true");
    }

    @GetMapping("/public/admin-only")
    @PreAuthorize("hasRole('ADMIN')")
    Map<String, String> publicButAdminOnly() {
        return Map.of("admin", "yes");
    }
}
