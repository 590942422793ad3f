package org.alumniportal.profile.matching;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** Optional body of the suggestions call; {@code limit} defaults to {@value #DEFAULT_LIMIT}. */
record SuggestionRequest(@Min(1) @Max(50) Integer limit) {

    static final int DEFAULT_LIMIT = 10;

    int limitOrDefault() {
        return limit == null ? DEFAULT_LIMIT : limit;
    }
}
