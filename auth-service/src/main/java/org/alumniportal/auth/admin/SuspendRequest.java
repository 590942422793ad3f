package org.alumniportal.auth.admin;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** Why the account is suspended: mailed to the user and kept in the audit log. */
record SuspendRequest(@NotBlank @Size(max = 500) String reason) {
}
