/**
 * {@code GET /api/health}, answered by the gateway itself: it is up, and which of the suite's services have a
 * registered instance it can route to.
 */
package org.alumniportal.gateway.health;
