package org.alumniportal.notification.community;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alumniportal.notification.config.NotificationProperties;
import org.alumniportal.notification.community.TopContentRanking.Tally;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * The community read model: each event is one upsert by {@code _id}, so a redelivered event changes nothing and
 * events may arrive in any order across partitions and topics. Engagement older than
 * {@code portal.notification.community-retention} is pruned: the longest digest looks back one week.
 */
@Service
public class CommunityReadModel {

    private static final Logger log = LoggerFactory.getLogger(CommunityReadModel.class);

    private final MongoTemplate mongo;
    private final NotificationProperties properties;
    private final Clock clock;

    CommunityReadModel(MongoTemplate mongo, NotificationProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
    }

    /** The top posts and capsules of {@code [from, to)} by {@link TopContentRanking}'s rule. */
    public CommunityHighlights highlights(Instant from, Instant to) {
        List<Engagement> inPeriod = mongo.find(query(where("at").gte(from).lt(to).and("counts").is(true)),
                Engagement.class);
        Map<String, long[]> counts = new LinkedHashMap<>();
        for (Engagement e : inPeriod) {
            if (e.contentKey() != null) {
                counts.computeIfAbsent(e.contentKey(), k -> new long[2])[e.kind() == Engagement.Kind.LIKE ? 0 : 1]++;
            }
        }
        if (counts.isEmpty()) {
            return CommunityHighlights.none();
        }
        List<Tally> tallies = mongo.find(query(where("_id").in(counts.keySet())), CommunityContent.class).stream()
                .map(c -> new Tally(c, counts.get(c.id())[0], counts.get(c.id())[1])).toList();
        int limit = properties.digestTopItems();
        return new CommunityHighlights(TopContentRanking.top(tallies, ContentKind.POST, limit),
                TopContentRanking.top(tallies, ContentKind.CAPSULE, limit));
    }

    void published(ContentKind kind, String contentId, String title, String authorId, Instant at) {
        mongo.upsert(query(where("_id").is(kind.keyOf(contentId))), new Update().set("kind", kind)
                .set("contentId", contentId).set("title", title).set("authorId", authorId).setOnInsert("createdAt", at)
                .setOnInsert("removed", false), CommunityContent.class);
    }

    void removed(ContentKind kind, String contentId) {
        mongo.upsert(query(where("_id").is(kind.keyOf(contentId))), new Update().set("kind", kind)
                .set("contentId", contentId).set("removed", true), CommunityContent.class);
    }

    void liked(ContentKind kind, String contentId, String userId, boolean liked, Instant at) {
        mongo.upsert(query(where("_id").is("LIKE/" + kind.keyOf(contentId) + "/" + userId)), new Update()
                .set("contentKey", kind.keyOf(contentId)).set("kind", Engagement.Kind.LIKE).set("at", at)
                .set("counts", liked), Engagement.class);
    }

    void commented(String commentId, String postId, Instant at) {
        // counts only on insert: a removal that overtook the comment (it is keyed differently) must stick
        mongo.upsert(query(where("_id").is("COMMENT/" + commentId)), new Update()
                .set("contentKey", ContentKind.POST.keyOf(postId)).set("kind", Engagement.Kind.COMMENT).set("at", at)
                .setOnInsert("counts", true), Engagement.class);
    }

    void commentRemoved(String commentId) {
        mongo.upsert(query(where("_id").is("COMMENT/" + commentId)), new Update().set("counts", false),
                Engagement.class);
    }

    @Scheduled(cron = "${portal.notification.community-prune-cron:0 30 6 * * *}", zone = "UTC")
    void prune() {
        Instant before = clock.instant().minus(properties.communityRetention());
        long pruned = mongo.remove(query(where("at").lt(before)), Engagement.class).getDeletedCount();
        log.info("Pruned {} community engagement record(s) older than {}", pruned, before);
    }
}
