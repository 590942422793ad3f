package org.alumniportal.profile.upload;

import java.time.Instant;
import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import org.alumniportal.profile.profile.ProfileRemoved;

/** Who may read whose CV besides owner and admins. */
@Component
public class CvAccessGrants {

    private final MongoTemplate mongo;

    CvAccessGrants(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** Upsert by id: applying the same application twice changes nothing. */
    void grant(String posterId, String applicantId, String jobId, Instant at) {
        Query byId = Query.query(Criteria.where("_id").is(CvAccessGrant.idOf(posterId, applicantId)));
        Update update = new Update().setOnInsert("posterId", posterId).setOnInsert("applicantId", applicantId)
                .setOnInsert("grantedAt", at);
        if (jobId != null) {
            update.addToSet("jobIds", jobId);
        }
        mongo.upsert(byId, update, CvAccessGrant.class);
    }

    /**
     * The withdrawn application no longer opens the CV; the grant ends with the last application it stood for.
     * The removal is conditional on an empty set, so an application arriving in between keeps its grant.
     */
    void withdraw(String posterId, String applicantId, String jobId) {
        Query byId = Query.query(Criteria.where("_id").is(CvAccessGrant.idOf(posterId, applicantId)));
        if (jobId != null) {
            mongo.updateFirst(byId, new Update().pull("jobIds", jobId), CvAccessGrant.class);
        }
        mongo.remove(Query.query(Criteria.where("_id").is(CvAccessGrant.idOf(posterId, applicantId)))
                .addCriteria(new Criteria().orOperator(Criteria.where("jobIds").size(0),
                        Criteria.where("jobIds").exists(false))), CvAccessGrant.class);
    }

    boolean allows(String viewerId, String ownerId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(CvAccessGrant.idOf(viewerId, ownerId))),
                CvAccessGrant.class);
    }

    /** The grants on someone's CV (for their data export). */
    public List<CvAccessGrant> onCvOf(String applicantId) {
        return mongo.find(Query.query(Criteria.where("applicantId").is(applicantId)), CvAccessGrant.class);
    }

    /** A deleted profile has no CV left to share. */
    @EventListener
    void on(ProfileRemoved removed) {
        revokeAll(removed.userId());
    }

    /** Forgets every grant on a deleted profile's CV. */
    public void revokeAll(String applicantId) {
        mongo.remove(Query.query(Criteria.where("applicantId").is(applicantId)), CvAccessGrant.class);
    }
}
