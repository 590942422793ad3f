package org.alumniportal.notification.community;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A post or capsule as the digest needs it, keyed {@code POST/<id>} or {@code CAPSULE/<id>}. A removal may arrive
 * before the creation (they travel on different topics), so a document may exist with {@code removed} and no title.
 */
@Document("community_content")
record CommunityContent(@Id String id, ContentKind kind, String contentId, String title, String authorId,
        Instant createdAt, boolean removed) {

    /** Known (we have its title) and not taken down. */
    boolean listable() {
        return title != null && !removed;
    }
}
