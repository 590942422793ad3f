package org.alumniportal.auth.admin;

import java.time.Instant;

import org.alumniportal.auth.directory.Account;

import io.swagger.v3.oas.annotations.media.Schema;

/** One user as an admin sees it; {@code role} is null for an account without a portal role. */
record UserSummary(String userId, String email, String fullName,
        @Schema(allowableValues = {"STUDENT", "ALUMNI", "RECRUITER", "ADMIN"}) String role,
        @Schema(allowableValues = {"PENDING_APPROVAL", "ACTIVE", "SUSPENDED", "DELETED"}) String status,
        String statusReason, boolean emailVerified, Instant createdAt, Instant statusChangedAt) {

    static UserSummary of(Account account) {
        return new UserSummary(account.id(), account.email(), account.fullName(),
                account.role() == null ? null : account.role().name(), account.status().name(),
                account.statusReason(), account.emailVerified(), account.createdAt(), account.statusChangedAt());
    }
}
