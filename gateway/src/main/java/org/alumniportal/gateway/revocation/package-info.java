/**
 * Logout takes effect at once: revoked sessions and per-user not-before instants, fed by the gateway's own
 * logout responses and by {@code session.revoked.v1} events, refused by a JWT validator.
 */
package org.alumniportal.gateway.revocation;
