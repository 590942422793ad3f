/**
 * Defaults every service starts with (Kafka client settings, actuator exposure; lowest precedence, so a
 * service's application.yml overrides them) and health checks that also work on the embedded stack.
 */
package org.alumniportal.platform.config;
