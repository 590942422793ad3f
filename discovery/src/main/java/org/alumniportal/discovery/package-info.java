/**
 * Service discovery: the standalone Eureka server through which the gateway resolves {@code lb://} routes.
 * It has no code of its own beyond its configuration.
 */
package org.alumniportal.discovery;
