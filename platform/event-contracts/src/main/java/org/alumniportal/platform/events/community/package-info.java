/**
 * Events of community-service about events, the forum, capsules and moderation, on topic {@code
 * portal.community}.
 */
package org.alumniportal.platform.events.community;
