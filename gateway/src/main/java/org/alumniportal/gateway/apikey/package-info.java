/**
 * Third-party recruiters' {@code X-API-Key}: resolved at auth-service on every request (hash, expiry, revocation),
 * held to its scopes' job/application endpoints, and swapped for a Keycloak service-account Bearer token.
 *
 * <p>Why resolve on every request: revocation must hold from the very next request, and auth-service is where
 * it is recorded; the call is one indexed lookup. The Keycloak token of a key's client (client credentials
 * grant with the client secret from auth-service's resolve answer, which the key's holder never sees) is cached per key until 30 s before it expires,
 * and dropped when {@code apikey.revoked.v1} arrives, after which the key id is refused here even if
 * auth-service could not be asked. Keys and tokens are never logged: each request logs key id, organisation,
 * method, path and status.
 */
package org.alumniportal.gateway.apikey;
