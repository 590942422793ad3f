/**
 * A tiny service used by the starter's own tests: endpoints that fail in every way a request can, and
 * Kafka listeners that count their effects. Not part of the test-jar.
 */
package org.alumniportal.platform.testapp;
