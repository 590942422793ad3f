package org.alumniportal.community.moderation;

import java.time.Instant;
import java.util.List;

import org.alumniportal.community.content.ContentType;

/** One entry of the moderation queue. */
record FlaggedView(ContentType type, String id, String authorId, long flagCount, List<FlaggedItem.Report> reports,
        FlaggedItem.Status status, Instant lastFlaggedAt, String moderatedBy, Instant moderatedAt,
        String moderationReason) {

    static FlaggedView of(FlaggedItem item) {
        return new FlaggedView(item.type(), item.contentId(), item.authorId(), item.flagCount(), item.reports(),
                item.status(), item.lastFlaggedAt(), item.moderatedBy(), item.moderatedAt(), item.moderationReason());
    }
}
