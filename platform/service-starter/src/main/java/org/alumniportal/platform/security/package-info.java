/**
 * Resource-server security of every service: Keycloak JWTs validated again behind the gateway, realm roles as
 * {@code ROLE_*} authorities, 401/403 as problem+json, and {@link org.alumniportal.platform.security.CurrentUser}.
 */
package org.alumniportal.platform.security;
