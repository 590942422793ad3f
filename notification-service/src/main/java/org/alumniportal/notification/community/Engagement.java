package org.alumniportal.notification.community;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One like ({@code LIKE/<kind>/<contentId>/<userId>}: the person's current like, so taking it back and liking
 * again counts once) or one comment ({@code COMMENT/<commentId>}) on a post or capsule, at the time it happened.
 * {@code counts} is false for a like taken back or a removed comment.
 */
@Document("community_engagement")
record Engagement(@Id String id, String contentKey, Kind kind, @Indexed Instant at, boolean counts) {

    enum Kind {
        LIKE, COMMENT
    }
}
