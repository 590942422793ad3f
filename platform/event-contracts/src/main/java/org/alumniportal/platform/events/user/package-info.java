/**
 * Events about user accounts and sessions, emitted by auth-service on topics {@code portal.user} and
 * {@code portal.session}.
 */
package org.alumniportal.platform.events.user;
