package org.alumniportal.profile.verification;


import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.profile.profile.ProfileView;
import org.alumniportal.platform.web.PageResponse;
import org.alumniportal.platform.web.Paging;

@Tag(name = "Profile verification", description = "Verification requests and the admin decisions on them")
@RestController
@Validated
class VerificationController {

    private final VerificationService verification;

    VerificationController(VerificationService verification) {
        this.verification = verification;
    }

    @Operation(summary = "Ask an admin to verify my profile", description = "Status becomes PENDING; asking again "
            + "while pending changes nothing; 409 already-verified for a verified profile.")
    @PostMapping("/api/profiles/me/verification-request")
    ProfileView request(CurrentUser user) {
        return ProfileView.of(verification.request(user), user);
    }

    @Operation(summary = "Pending verification requests (admin)", description = "Oldest request first.")
    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/api/admin/profiles/pending")
    PageResponse<PendingProfile> pending(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) int size) {
        return verification.pending(page, Paging.size(size));
    }

    @Operation(summary = "Verify a profile (admin)")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/api/admin/profiles/verify/{userId}")
    ProfileView verify(CurrentUser admin, @PathVariable String userId) {
        return ProfileView.of(verification.verify(userId, admin), admin);
    }

    @Operation(summary = "Reject a request or withdraw a verification (admin)", description = "A reason is "
            + "required; on a VERIFIED profile this withdraws the verification.")
    @PreAuthorize("hasRole('ADMIN')")
    @PostMapping("/api/admin/profiles/reject/{userId}")
    ProfileView reject(CurrentUser admin, @PathVariable String userId, @Valid @RequestBody RejectRequest request) {
        return ProfileView.of(verification.reject(userId, admin, request.reason()), admin);
    }

    @Operation(summary = "Verification history of a profile (admin), oldest first")
    @PreAuthorize("hasRole('ADMIN')")
    @GetMapping("/api/admin/profiles/{userId}/audit")
    PageResponse<VerificationAuditEntry> audit(@PathVariable String userId,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return verification.audit(userId, Paging.page(page), Paging.size(size));
    }
}
