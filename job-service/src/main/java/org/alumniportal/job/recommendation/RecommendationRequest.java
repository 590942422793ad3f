package org.alumniportal.job.recommendation;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The optional body of {@code POST /api/matching/job-recommendations}.
 *
 * @param limit how many jobs (default 10; more than 50 is capped at 50)
 * @param remoteOnly only remote jobs
 * @param location preferred location for this request, in place of the profile's (a preference, not a filter)
 */
record RecommendationRequest(@Min(1) Integer limit, Boolean remoteOnly, @Size(max = 200) String location) {

    static final int DEFAULT_LIMIT = 10;
    static final int MAX_LIMIT = 50;

    static RecommendationRequest defaults() {
        return new RecommendationRequest(null, null, null);
    }

    int effectiveLimit() {
        return limit == null ? DEFAULT_LIMIT : Math.min(MAX_LIMIT, limit);
    }
}
