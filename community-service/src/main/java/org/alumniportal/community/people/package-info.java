/**
 * community-service's own read model of people (name, role, skills, account status), fed only by {@code user.*}
 * and {@code profile.*} events: attendee names and recommendation signals, never a call to another service.
 */
package org.alumniportal.community.people;
