/**
 * The admin dashboard: key metrics ({@code /api/admin/dashboard/metrics}) and time series
 * ({@code /api/admin/dashboard/charts}), counted from the read models.
 */
package org.alumniportal.analytics.dashboard;
