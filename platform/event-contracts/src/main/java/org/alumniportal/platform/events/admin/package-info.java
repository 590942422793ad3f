/** Administrative events on topic {@code portal.admin}: settings and the audit trail of admin actions. */
package org.alumniportal.platform.events.admin;
