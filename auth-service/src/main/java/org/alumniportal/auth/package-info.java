/**
 * auth-service: registration, e-mail verification by one-time code, login and refresh, password reset,
 * logout and role administration. Keycloak holds users and sessions; this service keeps only its own codes.
 */
package org.alumniportal.auth;
