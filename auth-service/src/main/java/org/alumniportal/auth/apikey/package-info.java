/**
 * API keys for third-party recruiters: an admin issues (shown once, stored as a SHA-256 hash) and revokes them;
 * each key is a Keycloak confidential client {@code apikey-…} whose service account has role RECRUITER.
 *
 * <p>How the gateway uses a key ({@code X-API-Key: apk_<clientId>.<secret>}): on every request it asks
 * {@code POST /api/internal/api-keys/resolve} (guarded by the shared {@code X-Portal-Internal-Token}), which
 * checks the hash, expiry and revocation here, the source of truth, and returns the key's id, organisation
 * and scopes, plus the Keycloak client's secret; the gateway then enforces the scopes and obtains a token for the
 * key's client by the client credentials grant (cached until shortly before it expires). That client secret is
 * derived from the client id with the internal token and is not the key's secret: whoever holds a key cannot
 * trade it at Keycloak's token endpoint for a RECRUITER token that escapes the scopes. Revocation therefore takes effect on the very
 * next request: it is marked here first, then announced ({@code apikey.revoked.v1}, so every gateway drops
 * its cached token), then the Keycloak client is deleted so that no token can be minted for it any more.
 * Keys and tokens are never logged; log lines carry the key id and organisation.
 */
package org.alumniportal.auth.apikey;
