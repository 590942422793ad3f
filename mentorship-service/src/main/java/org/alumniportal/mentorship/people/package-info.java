/**
 * mentorship-service's own read model of people ({@code people}), fed only by {@code user.*} and
 * {@code profile.*} events: names, roles, account status and skills, never a call to another service.
 */
package org.alumniportal.mentorship.people;
