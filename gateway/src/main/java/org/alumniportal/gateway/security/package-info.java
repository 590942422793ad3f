/**
 * Who may pass: Keycloak JWTs checked for issuer, JWKS signature, expiry and revocation; realm roles as
 * {@code ROLE_} authorities; the few anonymous paths; 401/403 as problem+json.
 */
package org.alumniportal.gateway.security;
