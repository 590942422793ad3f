package org.alumniportal.auth.apikey;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PageResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;

@RestController
@RequestMapping("/api/admin/api-keys")
@PreAuthorize("hasRole('ADMIN')")
@SecurityRequirement(name = "bearer")
@Tag(name = "API keys (admin)", description = "Keys for third-party recruiters, sent as X-API-Key; ADMIN only")
class ApiKeyAdminController {

    private final ApiKeyService keys;

    ApiKeyAdminController(ApiKeyService keys) {
        this.keys = keys;
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue an API key to a recruiter organisation", description = "The answer's apiKey is "
            + "shown this once and stored only as a hash. scopes: jobs:read, jobs:write, applications:read, "
            + "applications:write; expiresAt optional, in the future. The key acts with role RECRUITER.")
    IssuedApiKey issue(@Valid @RequestBody CreateApiKeyRequest request, CurrentUser admin) {
        return keys.issue(request, admin.id());
    }

    @GetMapping
    @Operation(summary = "API keys, newest first", description = "page from 0; size 1 to 100 (larger is capped). "
            + "Never shows a key.")
    PageResponse<ApiKeySummary> list(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return keys.list(page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One API key's metadata", description = "404 api-key-not-found.")
    ApiKeySummary get(@PathVariable String id) {
        return keys.get(id);
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Revoke an API key", description = "Refused from the next request on; emits "
            + "apikey.revoked.v1 and deletes the key's Keycloak client. Revoking again is harmless. 503 "
            + "identity-unavailable when Keycloak could not delete the client: the key is revoked all the same; "
            + "call again to finish the deletion. 404 api-key-not-found.")
    ApiKeySummary revoke(@PathVariable String id, CurrentUser admin) {
        return keys.revoke(id, admin.id());
    }
}
