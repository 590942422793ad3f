/**
 * The thin common starter of every domain service: problem+json errors, JWT resource-server security, the
 * outbox that publishes events to Kafka, and idempotent, dead-lettering consumers. Auto-configured.
 */
package org.alumniportal.platform;
