/**
 * Service-wide wiring: the clock, asynchronous execution for mails and the OpenAPI description.
 */
package org.alumniportal.auth.config;
