package org.alumniportal.analytics.readmodel;

import java.time.Instant;
import java.util.List;

/** A job from {@code portal.job}; open while not closed and before its deadline. */
public record JobFacts(String jobId, String title, String company, String location, String jobType, boolean remote,
        List<String> skills, String postedBy, Instant postedAt, Instant deadline, boolean closed) {

    public JobFacts {
        skills = skills == null ? List.of() : List.copyOf(skills);
    }

    public boolean isOpen(Instant now) {
        return !closed && (deadline == null || deadline.isAfter(now));
    }
}
