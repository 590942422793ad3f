package org.alumniportal.job.application;

import java.time.Clock;
import java.time.Instant;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

/** Every download of an application's CV by someone other than the applicant is recorded. */
@Component
class CvDownloads {

    private final MongoTemplate mongo;
    private final Clock clock;

    CvDownloads(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    void record(JobApplication application, String downloaderId, String as) {
        mongo.insert(new CvDownload(UUID.randomUUID().toString(), application.getId(), application.getApplicantId(),
                downloaderId, as, clock.instant()));
    }

    @Document("cv_downloads")
    record CvDownload(@Id String id, String applicationId, String applicantId, String downloaderId, String as,
            Instant at) {
    }
}
