package org.alumniportal.profile.upload;

import java.time.Instant;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The poster of a job may read the CV of someone who applied to it. Keyed {@code posterId:applicantId} so that
 * the download check is one {@code _id} lookup (the only fast lookup on the embedded store).
 */
@Document("cv_access_grants")
public record CvAccessGrant(@Id String id, String posterId, String applicantId, Set<String> jobIds, Instant grantedAt) {

    static String idOf(String posterId, String applicantId) {
        return posterId + ":" + applicantId;
    }
}
