package org.alumniportal.profile.profile;

import java.net.URI;

import jakarta.validation.Valid;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alumniportal.platform.security.CurrentUser;

@Tag(name = "Profiles", description = "Create, read, update and delete alumni profiles")
@RestController
@RequestMapping("/api/profiles")
class ProfileController {

    private final ProfileService service;

    ProfileController(ProfileService service) {
        this.service = service;
    }

    @Operation(summary = "Create my profile", description = "One profile per user; 409 profile-exists otherwise. "
            + "Email and role come from the token.")
    @PostMapping({"/create", ""})
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<ProfileView> create(CurrentUser user, @Valid @RequestBody ProfileRequest request) {
        Profile profile = service.create(user, request);
        return ResponseEntity.created(URI.create("/api/profiles/" + profile.getUserId()))
                .body(ProfileView.of(profile, user));
    }

    @Operation(summary = "My profile", description = "404 profile-not-found until it is created.")
    @GetMapping("/me")
    ProfileView me(CurrentUser user) {
        return ProfileView.of(service.require(user.id()), user);
    }

    @Operation(summary = "A profile by user id", description = "Privacy applied: hidden or alumni-only profiles "
            + "answer 404 to those who may not see them; contact fields only as the owner allows.")
    @GetMapping("/{userId}")
    ProfileView get(CurrentUser user, @PathVariable String userId) {
        return ProfileView.of(service.requireVisible(userId, user), user);
    }

    @Operation(summary = "Update a profile (owner only)", description = "Replaces every editable field; "
            + "403 not-profile-owner for anyone but the owner.")
    @PutMapping("/{userId}")
    ProfileView update(CurrentUser user, @PathVariable String userId, @Valid @RequestBody ProfileRequest request) {
        return ProfileView.of(service.update(userId, user, request), user);
    }

    @Operation(summary = "Delete my profile and its files (GDPR)")
    @DeleteMapping("/me")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> deleteMine(CurrentUser user) {
        service.delete(user.id(), user);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Delete a profile (admin, or the owner)")
    @DeleteMapping("/{userId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(CurrentUser user, @PathVariable String userId) {
        service.delete(userId, user);
        return ResponseEntity.noContent().build();
    }
}
