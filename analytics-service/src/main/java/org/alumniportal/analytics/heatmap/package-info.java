/**
 * Heatmaps: talent (people by skill), opportunities (open jobs) and industries by location, as
 * {@code [{location, latitude, longitude, count}]} with coordinates from the gazetteer.
 */
package org.alumniportal.analytics.heatmap;
