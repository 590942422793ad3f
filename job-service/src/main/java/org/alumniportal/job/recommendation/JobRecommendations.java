package org.alumniportal.job.recommendation;

import java.util.List;

/** The answer: best first; {@code score} in 0..1 with two decimals, {@code reasons} in words. */
record JobRecommendations(List<Item> items) {

    record Item(JobSummary job, double score, List<String> reasons) {
    }

    static JobRecommendations of(List<JobRanker.Pick> picks) {
        return new JobRecommendations(
                picks.stream().map(p -> new Item(JobSummary.of(p.job()), p.score(), p.reasons())).toList());
    }
}
