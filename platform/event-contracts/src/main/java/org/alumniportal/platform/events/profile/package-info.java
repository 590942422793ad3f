/**
 * Events of profile-service: an alumnus's profile was created, changed, verified, rejected or deleted. Subject:
 * the user id.
 */
package org.alumniportal.platform.events.profile;
