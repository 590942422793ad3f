/** Place names to coordinates from a gazetteer shipped with the service (no network lookups). */
package org.alumniportal.analytics.geo;
