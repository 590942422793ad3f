package org.alumniportal.notification.community;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * The rule that picks a period's top posts and capsules:
 * <pre>score = likes given in the period that still stand + 2 · comments written in the period</pre>
 * (a conversation weighs more than a click). Content counts by what happened to it in the period, whenever it was
 * published. Only content we know the title of and that is not removed, with a score above zero, is listed; ties
 * go to more comments, then to the newer content, then to the id, so the order never flips between runs. Capsules
 * have no comments, so their likes decide. Views do not count: community-service does not publish them.
 */
final class TopContentRanking {

    static final int COMMENT_WEIGHT = 2;

    /** What one piece of content got in the period. */
    record Tally(CommunityContent content, long likes, long comments) {

        long score() {
            return likes + COMMENT_WEIGHT * comments;
        }
    }

    private static final Comparator<Tally> BEST_FIRST = Comparator.comparingLong(Tally::score).reversed()
            .thenComparing(Comparator.comparingLong(Tally::comments).reversed())
            .thenComparing(t -> t.content().createdAt(), Comparator.nullsLast(Comparator.<Instant>reverseOrder()))
            .thenComparing(t -> t.content().id());

    private TopContentRanking() {
    }

    static List<TopContent> top(Collection<Tally> tallies, ContentKind kind, int limit) {
        return tallies.stream()
                .filter(t -> t.content().kind() == kind && t.content().listable() && t.score() > 0)
                .sorted(BEST_FIRST)
                .limit(limit)
                .map(t -> new TopContent(t.content().title(), kind.linkOf(t.content().contentId()), t.likes(),
                        t.comments()))
                .toList();
    }
}
