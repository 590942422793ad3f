/**
 * The public job list ({@code GET /api/jobs}): an in-memory Lucene index of open jobs, kept in step with
 * {@code JobSaved}/{@code JobRemoved} and rebuilt from the repository at start-up, because the embedded store scans.
 */
package org.alumniportal.job.listing;
