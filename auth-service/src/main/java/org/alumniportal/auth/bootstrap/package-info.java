/**
 * Makes sure the first ADMIN account exists, retrying in the background while Keycloak is still starting,
 * so that the service never fails its own start-up because of it.
 */
package org.alumniportal.auth.bootstrap;
