/**
 * Test support of profile-service: HTTP calls against the started service, tokens, and small real files.
 */
package org.alumniportal.profile.support;
