package org.alumniportal.community.recommendation;

import java.util.List;

import org.alumniportal.community.forum.PostSummary;

/** A post recommended to the caller, with why. */
record RecommendedPost(PostSummary post, double score, List<String> reasons) {
}
