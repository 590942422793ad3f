package org.alumniportal.profile.config;

import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.stereotype.Component;

/** Indexes of the profile core (search declares its own): every non-{@code _id} query of these collections. */
@Component
class CoreIndexes {

    private final MongoTemplate mongo;

    CoreIndexes(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventListener(ApplicationStartedEvent.class)
    void create() {
        mongo.indexOps("profiles").createIndex(new Index().on("verificationStatus", Sort.Direction.ASC)
                .named("verificationStatus"));
        mongo.indexOps("verification_requests").createIndex(new Index().on("requestedAt", Sort.Direction.ASC)
                .named("requestedAt"));
        mongo.indexOps("verification_audit").createIndex(new Index().on("userId", Sort.Direction.ASC)
                .on("at", Sort.Direction.ASC).named("userId_at"));
        mongo.indexOps("cv_access_grants").createIndex(new Index().on("applicantId", Sort.Direction.ASC)
                .named("applicantId"));
        // A card QR token names the card, not its holder: verifying it is a lookup by card id.
        mongo.indexOps("alumni_cards").createIndex(new Index().on("cardId", Sort.Direction.ASC).unique()
                .named("cardId"));
    }
}
