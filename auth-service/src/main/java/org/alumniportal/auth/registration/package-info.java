/**
 * Self-service registration: creates the Keycloak user with a self-assignable role, mails the first
 * verification code and announces {@code user.registered.v1}; removes the user again if a step fails.
 */
package org.alumniportal.auth.registration;
