package org.alumniportal.profile.search;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The per-user query budget of search, directory, options and suggestions ({@code portal.search.budget.*}): a
 * token bucket of {@code capacity} queries refilled at {@code refillPerMinute}. The default lets a person browse
 * freely (a burst of 60, then one query a second) while enumerating 100,000 profiles at 50 a page takes over half
 * an hour per account; the gateway's own per-user rate limit sits in front of it.
 */
@ConfigurationProperties("portal.search.budget")
record SearchBudgetProperties(@DefaultValue("60") int capacity, @DefaultValue("60") int refillPerMinute) {

    SearchBudgetProperties {
        if (capacity < 1 || refillPerMinute < 1) {
            throw new IllegalArgumentException("portal.search.budget.capacity and refill-per-minute must be >= 1");
        }
    }
}
