package org.alumniportal.analytics.readmodel;

import java.time.Instant;
import java.util.List;

/**
 * A job from {@code portal.job}; open while not closed and before its deadline. {@code changedAt} is the time of
 * the snapshot event (posted or updated) the fields come from, so that the newest edit wins in any order.
 */
public record JobFacts(String jobId, String title, String company, String location, String jobType, boolean remote,
        List<String> skills, String postedBy, Instant postedAt, Instant deadline, boolean closed, String industry,
        Instant changedAt) {

    public JobFacts {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    public boolean isOpen(Instant now) {
        return !closed && (deadline == null || deadline.isAfter(now));
    }
}
