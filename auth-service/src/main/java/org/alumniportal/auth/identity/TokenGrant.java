package org.alumniportal.auth.identity;

/**
 * The tokens of a grant plus what the service needs to know from the access token: whose it is, which
 * session it belongs to ({@code sid}) and whether the e-mail address is verified.
 */
public record TokenGrant(TokenResponse tokens, String userId, String sessionId, boolean emailVerified) {
}
