/**
 * Edge hygiene applied to every request: correlation ids, stripping of identity headers a client could forge,
 * the client address behind trusted proxies, CORS, security headers and the request-size limit.
 */
package org.alumniportal.gateway.web;
