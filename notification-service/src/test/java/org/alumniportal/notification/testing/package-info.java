/** Test support of notification-service: the IT base, an HTTP client, event and SSE helpers. */
package org.alumniportal.notification.testing;
