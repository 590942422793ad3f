/**
 * End-to-end tests: the whole suite started by {@code ./portal up} on free ports in a temporary data folder,
 * driven only through the gateway and the mail inbox API, as a newcomer would use it. One stack serves every
 * class of a run ({@link org.alumniportal.e2e.SharedStackExtension}); {@code StackShutdownE2EIT} stops it last.
 */
package org.alumniportal.e2e;
