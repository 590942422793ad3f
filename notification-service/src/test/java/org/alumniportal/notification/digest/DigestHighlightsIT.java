package org.alumniportal.notification.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;

import org.alumniportal.localstack.mail.CaughtMail;
import org.alumniportal.notification.community.CommunityHighlights;
import org.alumniportal.notification.community.CommunityReadModel;
import org.alumniportal.notification.community.TopContent;
import org.alumniportal.notification.preference.Digest;
import org.alumniportal.notification.recipient.Recipients;
import org.alumniportal.notification.testing.Events;
import org.alumniportal.notification.testing.NotificationIntegrationTest;
import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.community.CapsuleCreated;
import org.alumniportal.platform.events.community.CommentCreated;
import org.alumniportal.platform.events.community.ContentLiked;
import org.alumniportal.platform.events.community.ContentModerated;
import org.alumniportal.platform.events.community.PostCreated;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The digest's top posts and capsules, from the community events' samples: ranked by the period's likes and
 * comments, without removed posts, the same like redelivered counted once. The events happen on a day three
 * days back, so no other test's events (all "now") fall into the period.
 */
class DigestHighlightsIT extends NotificationIntegrationTest {

    private static final LocalDate DAY = LocalDate.now(ZoneOffset.UTC).minusDays(3);
    private static final Instant NOON = DAY.atTime(12, 0).toInstant(ZoneOffset.UTC);

    @Autowired
    Digests digests;

    @Autowired
    CommunityReadModel community;

    @Autowired
    Recipients recipients;

    @Autowired
    MongoTemplate mongo;

    /** A sample event with these members, happened at {@code at}. */
    private EventEnvelope send(Class<? extends DomainEvent> payload, Instant at, Object... members) {
        EventEnvelope sample = Events.sample(payload, ids(members));
        return events.send(new EventEnvelope(sample.id(), sample.type(), sample.source(), at, sample.subject(),
                sample.data()));
    }

    private String post(String title) {
        String id = newId("post");
        send(PostCreated.class, NOON.minus(Duration.ofDays(2)), "postId", id, "title", title);
        return id;
    }

    private String capsule(String title) {
        String id = newId("capsule");
        send(CapsuleCreated.class, NOON, "capsuleId", id, "title", title);
        return id;
    }

    private void likes(String type, String contentId, int count, Instant at) {
        for (int i = 0; i < count; i++) {
            send(ContentLiked.class, at, "contentType", type, "contentId", contentId, "userId", newId("liker"),
                    "liked", true);
        }
    }

    private void comments(String postId, int count) {
        for (int i = 0; i < count; i++) {
            send(CommentCreated.class, NOON, "postId", postId, "commentId", newId("comment"), "authorId",
                    newId("commenter"));
        }
    }

    private boolean removedInReadModel(String key) {
        Document content = mongo.findById(key, Document.class, "community_content");
        return content != null && Boolean.TRUE.equals(content.getBoolean("removed"));
    }

    @Test
    void theDigestListsThePeriodsTopPostsAndCapsulesInOrderAndLeavesRemovedPostsOut() {
        String user = knownUser("Highlights Reader");
        api.put("/api/notifications/preferences", Map.of("digest", "DAILY"), bearer(user));
        await().atMost(Duration.ofSeconds(20)).until(() -> recipients.find(user).isPresent());

        String discussed = post("Discussed most " + UUID.randomUUID());   // 1 like + 2 comments = 5
        String liked = post("Liked most " + UUID.randomUUID());           // 4 likes = 4
        String once = post("Liked once " + UUID.randomUUID());            // 1 like, delivered twice = 1
        String moderated = post("Removed by a moderator " + UUID.randomUUID());
        String deleted = post("Deleted by an admin " + UUID.randomUUID());
        String lastWeek = post("Liked the day before " + UUID.randomUUID());
        String popularCapsule = capsule("Popular capsule " + UUID.randomUUID());
        String quieterCapsule = capsule("Quieter capsule " + UUID.randomUUID());
        likes("POST", discussed, 1, NOON);
        comments(discussed, 2);
        likes("POST", liked, 4, NOON);
        EventEnvelope like = send(ContentLiked.class, NOON, "contentType", "POST", "contentId", once, "userId",
                newId("liker"), "liked", true);
        events.send(like);
        likes("POST", moderated, 10, NOON);
        likes("POST", deleted, 8, NOON);
        likes("POST", lastWeek, 9, NOON.minus(Duration.ofDays(1)));
        likes("CAPSULE", popularCapsule, 3, NOON);
        likes("CAPSULE", quieterCapsule, 2, NOON);
        send(ContentModerated.class, NOON.plusSeconds(60), "contentType", "POST", "contentId", moderated, "action",
                "REMOVE");
        send(AdminActionRecorded.class, NOON.plusSeconds(60), "action", "POST_DELETED", "targetType", "POST",
                "targetId", deleted);
        DigestPeriod period = DigestPeriod.ending(Digest.DAILY, DAY.plusDays(1).atTime(7, 0).toInstant(ZoneOffset.UTC));

        CommunityHighlights highlights = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> removedInReadModel("POST/" + moderated) && removedInReadModel("POST/" + deleted)
                        ? community.highlights(period.from(), period.to()) : null,
                        h -> h != null && h.posts().size() == 3 && h.capsules().size() == 2
                                && h.posts().get(1).likes() == 4 && h.capsules().get(0).likes() == 3);
        assertThat(highlights.posts()).extracting(TopContent::link).containsExactly("/forum/posts/" + discussed,
                "/forum/posts/" + liked, "/forum/posts/" + once);
        assertThat(highlights.posts()).extracting(TopContent::likes, TopContent::comments)
                .containsExactly(tuple(1L, 2L), tuple(4L, 0L), tuple(1L, 0L));
        assertThat(highlights.capsules()).extracting(TopContent::link, TopContent::likes).containsExactly(
                tuple("/capsules/" + popularCapsule, 3L), tuple("/capsules/" + quieterCapsule, 2L));

        digests.send(period);

        CaughtMail digest = awaitMail(emailOf(user), m -> m.subject().contains("Your day"));
        assertThat(digest.text()).containsSubsequence("Top forum posts", "1. Discussed most", "(1 likes, 2 comments)",
                "http://portal.test/forum/posts/" + discussed, "2. Liked most", "3. Liked once", "Top knowledge capsules",
                "1. Popular capsule", "2. Quieter capsule", "http://portal.test/capsules/" + quieterCapsule);
        assertThat(digest.text()).doesNotContain("Removed by a moderator", "Deleted by an admin",
                "Liked the day before");
    }
}
