/**
 * Rate limits: per client address and endpoint on the anonymous auth endpoints, per user (JWT subject)
 * or per API key everywhere else; in-memory Bucket4j buckets in a bounded cache; 429 problem+json with Retry-After.
 */
package org.alumniportal.gateway.ratelimit;
