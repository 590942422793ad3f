package org.alumniportal.profile.importing;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.user.UserVerified;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.alumniportal.platform.messaging.ProcessedEvents;
import org.alumniportal.profile.profile.Profile;
import org.alumniportal.profile.profile.ProfileDetails;
import org.alumniportal.profile.profile.ProfileEvents;
import org.alumniportal.profile.profile.ProfileService;

/**
 * An invited alumnus got an account: their profile is created pre-filled from the import (name, batch year,
 * company, role, location, skills) and the record becomes CLAIMED.
 *
 * <p>Why {@code user.verified.v1} and not {@code user.registered.v1}: at registration the address is not proven
 * yet, so anyone could register with an imported alumnus's address and have that person's data published in the
 * directory under their account. Verification proves the mailbox is theirs, and it is also the first moment the
 * person can log in and see the profile.
 */
@Component
class ImportClaims {

    private static final Logger log = LoggerFactory.getLogger(ImportClaims.class);
    static final String CONSUMER = "profile-import-on-user-verified";

    private final ImportedAlumnusRepository imported;
    private final MongoTemplate mongo;
    private final ProfileService profiles;
    private final ProcessedEvents processed;
    private final Clock clock;

    ImportClaims(ImportedAlumnusRepository imported, MongoTemplate mongo, ProfileService profiles,
            ProcessedEvents processed, Clock clock) {
        this.imported = imported;
        this.mongo = mongo;
        this.profiles = profiles;
        this.processed = processed;
        this.clock = clock;
    }

    @KafkaListener(topics = Topics.USER, groupId = "profile-service-import")
    void on(String value) {
        EventEnvelope envelope = EventEnvelopes.read(value);
        if (!UserVerified.TYPE.equals(envelope.type())) {
            return;
        }
        UserVerified event = EventEnvelopes.payload(envelope, UserVerified.class);
        processed.runOnce(CONSUMER, envelope.id(), () -> claim(event.userId(), event.email(), event.role()));
    }

    /**
     * Idempotent by itself too: an existing profile is never overwritten (the person may have created one), only
     * the claim is recorded. The profile goes first, so a crash in between leaves an unclaimed record, never a
     * CLAIMED one without a profile.
     */
    void claim(String userId, String email, String role) {
        if (userId == null || email == null) {
            return;
        }
        ImportedAlumnus alumnus = imported.findById(email.strip().toLowerCase(Locale.ROOT)).orElse(null);
        if (alumnus == null) {
            return;
        }
        Instant now = clock.instant();
        if (profiles.find(userId).isEmpty()) {
            AlumnusData d = alumnus.data();
            ProfileDetails details = new ProfileDetails(d.name(), null, null, d.company(), d.role(), d.location(),
                    d.batchYear(), List.of(), List.of(), d.skills(), List.of(), Map.of(), null, null, null);
            // The role comes from the account (auth-service), like the token's role on a normal create.
            Profile profile = Profile.create(userId, role == null ? "STUDENT" : role, alumnus.getEmail(), details,
                    now);
            profiles.save(profile, ProfileEvents.created(profile));
            log.info("Profile {} created from an import", userId);
        }
        mongo.updateFirst(query(where("_id").is(alumnus.getEmail())),
                new Update().set("claimedBy", userId).set("claimedAt", now), ImportedAlumnus.class);
    }
}
