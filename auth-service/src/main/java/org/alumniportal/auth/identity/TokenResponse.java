package org.alumniportal.auth.identity;

import com.fasterxml.jackson.annotation.JsonProperty;

import io.swagger.v3.oas.annotations.media.Schema;

/** The OAuth 2.0 token response; the field names are RFC 6749's, not camelCase, on purpose. */
@Schema(description = "OAuth 2.0 token response (RFC 6749 section 5.1 names)")
public record TokenResponse(
        @JsonProperty("access_token") String accessToken,
        @JsonProperty("refresh_token") String refreshToken,
        @JsonProperty("expires_in") long expiresIn,
        @JsonProperty("refresh_expires_in") long refreshExpiresIn,
        @JsonProperty("token_type") String tokenType) {

    @Override
    public String toString() {
        return "TokenResponse[expiresIn=" + expiresIn + ", tokenType=" + tokenType + "]";
    }
}
