package org.alumniportal.notification.community;

import java.time.Instant;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.admin.AdminActionRecorded;
import org.alumniportal.platform.events.community.CapsuleCreated;
import org.alumniportal.platform.events.community.CommentCreated;
import org.alumniportal.platform.events.community.ContentLiked;
import org.alumniportal.platform.events.community.ContentModerated;
import org.alumniportal.platform.events.community.PostCreated;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.alumniportal.platform.messaging.ProcessedEvents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds {@link CommunityReadModel} from {@code portal.community} (posts, capsules, comments, likes, moderation)
 * and {@code portal.admin} (an admin deleting someone else's post, capsule or comment is announced only there).
 * Its own consumer group, so the read model replays the topics from the start whatever the triggers consumed.
 * Times are the events' own: a digest ranks what happened in its period, not when we heard of it.
 */
@Component
class CommunityEventsListener {

    static final String CONSUMER = "notification-community";
    private static final Logger log = LoggerFactory.getLogger(CommunityEventsListener.class);

    private final CommunityReadModel model;
    private final ProcessedEvents processed;

    CommunityEventsListener(CommunityReadModel model, ProcessedEvents processed) {
        this.model = model;
        this.processed = processed;
    }

    @KafkaListener(topics = {Topics.COMMUNITY, Topics.ADMIN}, groupId = "notification-service.community")
    void on(String value) {
        EventEnvelope envelope = EventEnvelopes.read(value);
        Instant at = envelope.time() == null ? Instant.now() : envelope.time();
        Runnable effect = switch (envelope.type()) {
            case PostCreated.TYPE -> {
                PostCreated e = EventEnvelopes.payload(envelope, PostCreated.class);
                yield () -> model.published(ContentKind.POST, e.postId(), e.title(), e.authorId(), at);
            }
            case CapsuleCreated.TYPE -> {
                CapsuleCreated e = EventEnvelopes.payload(envelope, CapsuleCreated.class);
                yield () -> model.published(ContentKind.CAPSULE, e.capsuleId(), e.title(), e.authorId(), at);
            }
            case CommentCreated.TYPE -> {
                CommentCreated e = EventEnvelopes.payload(envelope, CommentCreated.class);
                yield () -> model.commented(e.commentId(), e.postId(), at);
            }
            case ContentLiked.TYPE -> {
                ContentLiked e = EventEnvelopes.payload(envelope, ContentLiked.class);
                ContentKind kind = ContentKind.of(e.contentType());
                yield kind == null ? null : () -> model.liked(kind, e.contentId(), e.userId(), e.liked(), at);
            }
            case ContentModerated.TYPE -> {
                ContentModerated e = EventEnvelopes.payload(envelope, ContentModerated.class);
                yield "REMOVE".equals(e.action()) ? removal(e.contentType(), e.contentId()) : null;
            }
            case AdminActionRecorded.TYPE -> {
                AdminActionRecorded e = EventEnvelopes.payload(envelope, AdminActionRecorded.class);
                yield e.action() != null && e.action().endsWith("_DELETED") ? removal(e.targetType(), e.targetId())
                        : null;
            }
            default -> null;
        };
        if (effect != null && processed.runOnce(CONSUMER, envelope.id(), effect)) {
            log.debug("Applied {} {} to the community read model", envelope.type(), envelope.id());
        }
    }

    private Runnable removal(String contentType, String contentId) {
        if ("COMMENT".equals(contentType)) {
            return () -> model.commentRemoved(contentId);
        }
        ContentKind kind = ContentKind.of(contentType);
        return kind == null ? null : () -> model.removed(kind, contentId);
    }
}
