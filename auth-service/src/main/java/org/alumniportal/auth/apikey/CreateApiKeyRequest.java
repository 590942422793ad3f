package org.alumniportal.auth.apikey;

import java.time.Instant;
import java.util.List;

import jakarta.validation.constraints.Future;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code scopes}: one or more of jobs:read, jobs:write, applications:read, applications:write. */
record CreateApiKeyRequest(
        @NotBlank @Size(max = 100) String organisation,
        @Size(max = 500) String description,
        @NotEmpty @Size(max = 4) List<@NotNull @Pattern(regexp = ApiKeyScope.PATTERN,
                message = "must be one of jobs:read, jobs:write, applications:read, applications:write") String> scopes,
        @Future Instant expiresAt) {
}
