/**
 * Analytics and the admin dashboard (SPEC phases 7-9): metrics, charts, the audit log and system settings,
 * engagement scores, skill graph, career paths and heatmaps, all from read models fed by events. A booting
 * shell until then.
 */
package org.alumniportal.analytics;
