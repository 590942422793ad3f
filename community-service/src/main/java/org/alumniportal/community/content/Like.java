package org.alumniportal.community.content;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One person's like of one item; the id {@code TYPE:contentId:userId} makes a second like a duplicate key. */
@Document(Like.COLLECTION)
public record Like(@Id String id, ContentType type, String contentId, String userId, Instant at) {

    static final String COLLECTION = "likes";

    static String idOf(ContentType type, String contentId, String userId) {
        return type + ":" + contentId + ":" + userId;
    }
}
