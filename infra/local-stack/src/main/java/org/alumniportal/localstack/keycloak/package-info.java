/**
 * Runs the official Keycloak distribution (from Maven Central) as a child process with the portal's realm
 * imported, on a JDK 21+ found on the machine. {@code ./portal} does the same in bash.
 */
package org.alumniportal.localstack.keycloak;
