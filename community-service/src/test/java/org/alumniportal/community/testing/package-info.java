/** Test support of community-service's ITs: the shared base class, a movable clock and a small JSON client. */
package org.alumniportal.community.testing;
