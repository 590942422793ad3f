/**
 * The port to the identity provider (users, passwords, roles, sessions, token grants) and its Keycloak
 * adapter; everything else in the service talks to {@link org.alumniportal.auth.identity.IdentityProvider}.
 */
package org.alumniportal.auth.identity;
