package org.alumniportal.profile.upload;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** Every download of a CV by someone other than its owner is recorded: who read whose CV, and when. */
@Component
class CvDownloads {

    private final MongoTemplate mongo;
    private final Clock clock;

    CvDownloads(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void record(String ownerId, String downloaderId, String as) {
        mongo.insert(new CvDownload(UUID.randomUUID().toString(), ownerId, downloaderId, as, clock.instant()));
    }

    @Document("cv_downloads")
    record CvDownload(@Id String id, String ownerId, String downloaderId, String as, Instant at) {
    }
}
