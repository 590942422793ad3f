/**
 * The portal's own record of each account beside Keycloak: its lifecycle status (pending approval, active,
 * suspended, deleted) and the fields admins filter the user list by, kept current by auth-service's own writes.
 */
package org.alumniportal.auth.directory;
