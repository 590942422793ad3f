/**
 * The local stack: embedded infrastructure that stands in for MongoDB, Kafka, Keycloak and SMTP on a machine
 * without Docker. Used by {@code ./portal up} and by every service's integration tests.
 */
package org.alumniportal.localstack;
