package org.alumniportal.community.recommendation;

import java.util.Comparator;
import java.util.List;

/** A candidate with its score and the reasons that make it up. */
record Scored(String id, double score, List<String> reasons) {

    static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(Scored::id);
}
