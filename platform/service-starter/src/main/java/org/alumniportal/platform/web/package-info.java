/**
 * Web conventions: {@link org.alumniportal.platform.web.PortalException} and the RFC 9457 problem+json
 * rendering of every error, plus the {@code X-Trace-Id} response header.
 */
package org.alumniportal.platform.web;
