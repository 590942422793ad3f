package org.alumniportal.profile.importing;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/**
 * The admin list filters by claim and sorts by import time; every other access is by e-mail ({@code _id}). The
 * embedded store scans anyway (the collection stays small: one document per imported alumnus); MongoDB uses it.
 */
@Component
class ImportIndexes {

    private final MongoTemplate mongo;

    ImportIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationStartedEvent.class)
    void create() {
        mongo.indexOps(ImportedAlumnus.class).createIndex(new Index().on("claimedAt", Sort.Direction.ASC)
                .on("importedAt", Sort.Direction.DESC).named("claimedAt_importedAt"));
    }
}
