package org.alumniportal.profile.search;

import java.util.stream.Stream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import org.alumniportal.profile.profile.Profile;
import org.alumniportal.profile.profile.ProfileRemoved;
import org.alumniportal.profile.profile.ProfileSaved;

/**
 * Keeps the {@link DirectoryIndex} in step with the profile core: every {@link ProfileSaved} and
 * {@link ProfileRemoved} (published synchronously after the write, so the next search sees it), and a full
 * rebuild from the {@code profiles} collection at start-up.
 */
@Component
class DirectorySync {

    private static final Logger log = LoggerFactory.getLogger(DirectorySync.class);
    private static final int BATCH = 1_000;

    private final DirectoryIndex index;
    private final MongoTemplate mongo;

    DirectorySync(DirectoryIndex index, MongoTemplate mongo) {
        this.index = index;
        this.mongo = mongo;
    }

    @EventListener
    void on(ProfileSaved saved) {
        index.put(entryOf(saved.profile()));
    }

    @EventListener
    void on(ProfileRemoved removed) {
        index.remove(removed.userId());
    }

    /**
     * One cursor over the collection read in batches, rather than skip/limit pages: the embedded store scans the
     * whole collection for every page query, which at 100,000 profiles turns a rebuild of seconds into minutes.
     */
    @EventListener(ApplicationStartedEvent.class)
    void rebuild() {
        long started = System.nanoTime();
        int count;
        try (Stream<Profile> all = mongo.stream(new Query().cursorBatchSize(BATCH), Profile.class)) {
            count = index.rebuild(all.map(DirectorySync::entryOf));
        }
        log.info("Directory index rebuilt from {} profiles in {} ms", count, (System.nanoTime() - started) / 1_000_000);
    }

    static DirectoryEntry entryOf(Profile p) {
        return new DirectoryEntry(p.getUserId(), p.getRole(), p.getName(), p.getHeadline(), p.getCurrentCompany(),
                p.getCurrentRole(), p.getLocation(), p.getBatchYear(), p.getSkills(), p.getVisibility(),
                p.isVerified(), p.getPhotoUrl(), p.getUpdatedAt(), p.yearsOfExperience());
    }
}
