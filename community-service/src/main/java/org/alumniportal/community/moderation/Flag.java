package org.alumniportal.community.moderation;

import java.time.Instant;

import org.alumniportal.community.content.ContentType;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One person's flag on one item ({@code TYPE:contentId:userId}): a second flag by the same person is a duplicate. */
@Document(Flag.COLLECTION)
record Flag(@Id String id, ContentType type, String contentId, String userId, String reason, Instant at) {

    static final String COLLECTION = "flags";
}
