package org.alumniportal.auth.admin;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The new realm role; an admin may give any portal role, ADMIN included. */
record ChangeRoleRequest(
        @NotNull @Schema(allowableValues = {"STUDENT", "ALUMNI", "RECRUITER", "ADMIN"})
        @Pattern(regexp = "STUDENT|ALUMNI|RECRUITER|ADMIN", message = "must be one of STUDENT, ALUMNI, RECRUITER, ADMIN")
        String role) {
}
