package org.alumniportal.profile.verification;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The reason is shown to the owner, so it is required. */
record RejectRequest(@NotBlank @Size(max = 1000) String reason) {
}
