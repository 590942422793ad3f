/**
 * Job recommendations ({@code POST /api/matching/job-recommendations}): open jobs ranked for the caller by a
 * weighted score over skills (cosine), experience, location and recency, from an in-memory view of open jobs.
 */
package org.alumniportal.job.recommendation;
