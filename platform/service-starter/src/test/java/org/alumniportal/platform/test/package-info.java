/**
 * Test support shipped in the test-jar for every service's {@code *IT}: one shared MongoDB + Kafka per JVM
 * (Testcontainers with Docker, embedded without), a base class, and JWTs that the test decoder accepts.
 */
package org.alumniportal.platform.test;
