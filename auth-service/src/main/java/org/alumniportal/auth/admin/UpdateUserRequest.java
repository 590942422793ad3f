package org.alumniportal.auth.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Either field or both; DELETED is reached only through DELETE. */
record UpdateUserRequest(
        @Schema(allowableValues = {"STUDENT", "ALUMNI", "RECRUITER", "ADMIN"})
        @Pattern(regexp = "STUDENT|ALUMNI|RECRUITER|ADMIN", message = "must be one of STUDENT, ALUMNI, RECRUITER, ADMIN")
        String role,
        @Schema(allowableValues = {"ACTIVE", "SUSPENDED", "PENDING_APPROVAL"})
        @Pattern(regexp = "ACTIVE|SUSPENDED|PENDING_APPROVAL",
                message = "must be one of ACTIVE, SUSPENDED, PENDING_APPROVAL")
        String status,
        @Size(max = 500) String reason) {

    @AssertTrue(message = "give a role, a status or both")
    @Schema(hidden = true)
    boolean isAnyChange() {
        return role != null || status != null;
    }
}
