/**
 * Personal data export (GDPR art. 15/20): everything this service holds about the caller, as one JSON document.
 * Deletion is {@code DELETE /api/profiles/me} in the profile package.
 */
package org.alumniportal.profile.export;
