/**
 * The recruiter dashboard: a poster's jobs with their application counts, per-job analytics and a summary
 * by status, computed from the poster's applications (bounded by the {@code posterId} index in production).
 */
package org.alumniportal.job.dashboard;
