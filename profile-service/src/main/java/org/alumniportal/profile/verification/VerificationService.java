package org.alumniportal.profile.verification;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.event.EventListener;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

import org.alumniportal.platform.events.profile.ProfileRejected;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.profile.profile.Profile;
import org.alumniportal.profile.profile.ProfileEvents;
import org.alumniportal.profile.profile.ProfileRemoved;
import org.alumniportal.profile.profile.ProfileService;
import org.alumniportal.profile.profile.VerificationStatus;
import org.alumniportal.platform.web.PageResponse;

/**
 * Each step writes the profile first (the source of truth, with its events), then the audit entry, then the
 * queue entry. A crash in between can leave a queue entry of an already decided profile: the queue drops such
 * entries when it reads them.
 */
@Service
public class VerificationService {

    private final ProfileService profiles;
    private final MongoTemplate mongo;

    VerificationService(ProfileService profiles, MongoTemplate mongo) {
        this.profiles = profiles;
        this.mongo = mongo;
    }

    Profile request(CurrentUser owner) {
        Profile profile = profiles.require(owner.id());
        VerificationStatus before = profile.getVerificationStatus();
        profile.requestVerification(Instant.now());
        if (before == VerificationStatus.PENDING) {
            return profile; // asked again: nothing changes, no second audit line
        }
        // Announced (the snapshot carries verificationStatus) so that analytics counts the queue exactly.
        Profile saved = profiles.save(profile, ProfileEvents.updated(profile));
        audit(saved, "REQUESTED", owner.id(), null, before);
        mongo.save(new VerificationRequest(saved.getUserId(), saved.getVerificationRequestedAt()));
        return saved;
    }

    PageResponse<PendingProfile> pending(int page, int size) {
        Query query = new Query().with(Sort.by("requestedAt", "_id")).skip((long) page * size).limit(size);
        long total = mongo.count(new Query(), VerificationRequest.class);
        List<PendingProfile> items = new ArrayList<>();
        for (VerificationRequest request : mongo.find(query, VerificationRequest.class)) {
            Optional<Profile> profile = profiles.find(request.userId())
                    .filter(p -> p.getVerificationStatus() == VerificationStatus.PENDING);
            if (profile.isPresent()) {
                items.add(PendingProfile.of(profile.get(), request.requestedAt()));
            } else {
                mongo.remove(request); // decided or deleted meanwhile (a crash between two writes)
                total--;
            }
        }
        return new PageResponse<>(items, page, size, total, (total + size - 1) / size);
    }

    Profile verify(String userId, CurrentUser admin) {
        Profile profile = profiles.require(userId);
        VerificationStatus before = profile.getVerificationStatus();
        Instant now = Instant.now();
        profile.verify(admin.id(), now);
        Profile saved = profiles.save(profile, new ProfileVerified(userId, admin.id(), now),
                ProfileEvents.updated(profile));
        audit(saved, "VERIFIED", admin.id(), null, before);
        mongo.remove(Query.query(Criteria.where("_id").is(userId)), VerificationRequest.class);
        return saved;
    }

    Profile reject(String userId, CurrentUser admin, String reason) {
        Profile profile = profiles.require(userId);
        VerificationStatus before = profile.getVerificationStatus();
        Instant now = Instant.now();
        boolean wasVerified = profile.reject(admin.id(), reason, now);
        ProfileRejected rejected = new ProfileRejected(userId, admin.id(), profile.getRejectionReason(), wasVerified,
                now);
        // The snapshot too, verified or not: its verificationStatus closes the request for consumers.
        Profile saved = profiles.save(profile, rejected, ProfileEvents.updated(profile));
        audit(saved, wasVerified ? "WITHDRAWN" : "REJECTED", admin.id(), saved.getRejectionReason(), before);
        mongo.remove(Query.query(Criteria.where("_id").is(userId)), VerificationRequest.class);
        return saved;
    }

    /** The whole history of one profile, oldest first. */
    /** The whole history, for the owner's data export. */
    public List<VerificationAuditEntry> audit(String userId) {
        return mongo.find(Query.query(Criteria.where("userId").is(userId)).with(Sort.by("at", "_id")),
                VerificationAuditEntry.class);
    }

    public PageResponse<VerificationAuditEntry> audit(String userId, int page, int size) {
        Query mine = Query.query(Criteria.where("userId").is(userId));
        long total = mongo.count(mine, VerificationAuditEntry.class);
        return PageResponse.of(mongo.find(mine.with(Sort.by("at", "_id")).skip((long) page * size).limit(size),
                VerificationAuditEntry.class), page, size, total);
    }

    public Optional<VerificationRequest> openRequest(String userId) {
        return Optional.ofNullable(mongo.findById(userId, VerificationRequest.class));
    }

    /** A deleted profile leaves the queue; its audit trail stays (the admins' decisions are their record). */
    @EventListener
    void on(ProfileRemoved removed) {
        mongo.remove(Query.query(Criteria.where("_id").is(removed.userId())), VerificationRequest.class);
    }

    private void audit(Profile profile, String action, String actorId, String reason, VerificationStatus before) {
        mongo.insert(new VerificationAuditEntry(UUID.randomUUID().toString(), profile.getUserId(), action, actorId,
                reason, before.name(), profile.getVerificationStatus().name(), Instant.now()));
    }
}
