package org.alumniportal.community.capsule;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One person's view of a capsule on one UTC day ({@code capsuleId:userId:yyyy-mm-dd}): a second one is a duplicate. */
@Document(CapsuleViewRecord.COLLECTION)
record CapsuleViewRecord(@Id String id, String capsuleId, String userId, Instant at) {

    static final String COLLECTION = "capsule_views";
}
