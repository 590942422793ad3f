/** Test support of mentorship-service's ITs: the shared base class, a small JSON client, an event sender. */
package org.alumniportal.mentorship.testing;
