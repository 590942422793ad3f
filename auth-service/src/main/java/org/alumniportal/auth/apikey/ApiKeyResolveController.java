package org.alumniportal.auth.apikey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.validation.Valid;

/**
 * For the gateway only: no gateway route leads here, and the call must carry the shared internal token
 * (compared in constant time). Every refusal of a key looks the same, so the answer tells nobody why.
 */
@RestController
@Hidden
class ApiKeyResolveController {

    static final String TOKEN_HEADER = "X-Portal-Internal-Token";

    private final ApiKeyService keys;
    private final byte[] internalToken;

    ApiKeyResolveController(ApiKeyService keys, ApiKeyProperties properties) {
        this.keys = keys;
        String token = properties.internalToken();
        this.internalToken = token == null || token.isBlank() ? null : token.getBytes(StandardCharsets.UTF_8);
    }

    @PostMapping("/api/internal/api-keys/resolve")
    ResolvedApiKey resolve(@RequestHeader(name = TOKEN_HEADER, required = false) String token,
            @Valid @RequestBody ResolveApiKeyRequest request) {
        if (internalToken == null || token == null
                || !MessageDigest.isEqual(internalToken, token.getBytes(StandardCharsets.UTF_8))) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Forbidden",
                    "This endpoint is for the portal's gateway only.");
        }
        return keys.resolve(request.apiKey()).orElseThrow(() -> new PortalException(HttpStatus.NOT_FOUND,
                "invalid-api-key", "Invalid API key", "The API key is unknown, expired or revoked."));
    }
}
