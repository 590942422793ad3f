/** The embedded MongoDB-wire-compatible store (mongo-java-server), on disk with H2 or in memory. */
package org.alumniportal.localstack.mongo;
