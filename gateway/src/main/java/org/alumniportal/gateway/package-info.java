/**
 * The API gateway: routes ({@code application.yml}) to the owning service through Eureka, and the edge
 * concerns every request passes: JWT check, revocation, rate limits, security headers, correlation ids.
 */
package org.alumniportal.gateway;
