package org.alumniportal.auth.directory;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Keeps at least one active admin, also when two admins demote, suspend or delete each other at the same moment
 * (on any auth-service replica): a change that takes an active admin away runs under a short lease held in one
 * document, taken by a conditional upsert (atomic without transactions, on the embedded store too), and the
 * count is made under it.
 */
@Component
public class AdminGuard {

    static final String COLLECTION = "admin_guard";
    private static final String LEASE = "last-admin";
    private static final Duration HOLD = Duration.ofSeconds(15);
    private static final Duration WAIT = Duration.ofSeconds(3);

    private final MongoTemplate mongo;
    private final Accounts accounts;
    private final Clock clock;

    public AdminGuard(MongoTemplate mongo, Accounts accounts, Clock clock) {
        this.mongo = mongo;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * Runs {@code change} unless it would leave the portal without an active admin (409 last-admin).
     *
     * @param takesAnAdminAway whether the change ends {@code target}'s being an active admin
     */
    public <T> T keepingAnAdmin(Account target, boolean takesAnAdminAway, Supplier<T> change) {
        if (!takesAnAdminAway || !target.isActiveAdmin()) {
            return change.get();
        }
        String owner = acquire();
        try {
            boolean stillActiveAdmin = accounts.find(target.id()).map(Account::isActiveAdmin).orElse(false);
            if (stillActiveAdmin && accounts.activeAdmins() <= 1) {
                throw new PortalException(HttpStatus.CONFLICT, "last-admin", "Last active admin",
                        "This is the portal's last active admin: make another admin first.");
            }
            return change.get();
        } finally {
            mongo.updateFirst(query(where("_id").is(LEASE).and("owner").is(owner)),
                    new Update().set("until", Instant.EPOCH), COLLECTION);
        }
    }

    private String acquire() {
        String owner = UUID.randomUUID().toString();
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            Instant now = clock.instant();
            Criteria free = new Criteria().orOperator(where("until").lt(now), where("until").exists(false));
            try {
                mongo.upsert(query(where("_id").is(LEASE)).addCriteria(free),
                        new Update().set("owner", owner).set("until", now.plus(HOLD)), COLLECTION);
                return owner;
            } catch (DuplicateKeyException held) {
                if (System.nanoTime() > deadline) {
                    throw new PortalException(HttpStatus.CONFLICT, Problems.CONCURRENT_UPDATE, "Changed concurrently",
                            "Another admin is changing admins at this moment; try again.");
                }
                try {
                    Thread.sleep(25);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting for the admin lease", e);
                }
            }
        }
    }
}
