/** Test support: the service on embedded infrastructure, an HTTP client, and an event sender. */
package org.alumniportal.analytics.testing;
