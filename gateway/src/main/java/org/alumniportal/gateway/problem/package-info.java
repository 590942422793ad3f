/**
 * RFC 9457 problem+json for everything the gateway itself refuses or fails at (401, 403, 404, 413, 429, 5xx),
 * with the same {@code type} URIs the services use.
 */
package org.alumniportal.gateway.problem;
