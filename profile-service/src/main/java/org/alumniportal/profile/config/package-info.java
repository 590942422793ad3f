/**
 * Service-wide configuration of profile-service: the Mongo indexes of the core collections, created at start-up
 * (the embedded store only uses {@code _id}; a real MongoDB uses these).
 */
package org.alumniportal.profile.config;
