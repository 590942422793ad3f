package org.alumniportal.notification.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.alumniportal.notification.community.TopContentRanking.Tally;
import org.junit.jupiter.api.Test;

class TopContentRankingTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T10:00:00Z");

    private static Tally post(String id, long likes, long comments, Instant created, boolean removed) {
        return new Tally(new CommunityContent("POST/" + id, ContentKind.POST, id, "Post " + id, "author", created,
                removed), likes, comments);
    }

    private static List<String> titles(List<TopContent> top) {
        return top.stream().map(TopContent::title).toList();
    }

    @Test
    void aCommentWeighsTwoLikes() {
        List<TopContent> top = TopContentRanking.top(List.of(post("liked", 3, 0, MONDAY, false),
                post("discussed", 0, 2, MONDAY, false)), ContentKind.POST, 3);

        assertThat(titles(top)).containsExactly("Post discussed", "Post liked");
        assertThat(top.get(0).link()).isEqualTo("/forum/posts/discussed");
        assertThat(top.get(0).comments()).isEqualTo(2);
    }

    @Test
    void tiesGoToMoreCommentsThenToTheNewerPost() {
        List<TopContent> top = TopContentRanking.top(List.of(post("likes", 4, 0, MONDAY, false),
                post("older", 2, 1, MONDAY, false), post("newer", 2, 1, MONDAY.plusSeconds(60), false)),
                ContentKind.POST, 3);

        assertThat(titles(top)).containsExactly("Post newer", "Post older", "Post likes");
    }

    @Test
    void removedUnknownAndQuietContentIsLeftOutAndTheListIsCut() {
        Tally unknown = new Tally(new CommunityContent("POST/x", ContentKind.POST, "x", null, null, null, false), 9, 9);
        Tally capsule = new Tally(new CommunityContent("CAPSULE/c", ContentKind.CAPSULE, "c", "Capsule", "a", MONDAY,
                false), 9, 0);
        List<TopContent> top = TopContentRanking.top(List.of(post("removed", 50, 5, MONDAY, true), unknown, capsule,
                post("quiet", 0, 0, MONDAY, false), post("a", 5, 0, MONDAY, false), post("b", 4, 0, MONDAY, false),
                post("c", 3, 0, MONDAY, false)), ContentKind.POST, 2);

        assertThat(titles(top)).containsExactly("Post a", "Post b");
    }
}
