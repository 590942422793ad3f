/**
 * The outbox: events are written to the service's own Mongo collection {@code outbox} first and relayed to
 * Kafka afterwards, so a Kafka outage or a crash after the write loses no event (delivery is at-least-once).
 */
package org.alumniportal.platform.outbox;
