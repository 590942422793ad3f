/**
 * The admin analytics of SPEC phase 7 ({@code /api/analytics/*}): skills, locations with coordinates, companies,
 * batches, job trends, mentorship, event participation and engagement, counted from the read models.
 */
package org.alumniportal.analytics.insight;
