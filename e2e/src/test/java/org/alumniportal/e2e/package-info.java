/**
 * End-to-end tests: the whole suite started by {@code ./portal up} on free ports in a temporary data folder,
 * driven only through the gateway and the mail inbox API, as a newcomer would use it.
 */
package org.alumniportal.e2e;
