/**
 * The alumni profile itself: the {@link org.alumniportal.profile.profile.Profile} document, its CRUD endpoints,
 * the privacy rules of {@link org.alumniportal.profile.profile.ProfileView}, completion and the write-side events.
 */
package org.alumniportal.profile.profile;
