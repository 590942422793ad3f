/**
 * Test helpers shared by the feature tests: a movable clock and map-backed repositories.
 */
package org.alumniportal.auth.testing;
