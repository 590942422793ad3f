package org.alumniportal.auth.directory;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.regex.Pattern;

import org.alumniportal.auth.identity.IdentityProvider;
import org.alumniportal.auth.identity.IdentityUser;
import org.alumniportal.auth.identity.PortalRole;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Service;

/**
 * The account records. Lookups are by id (fast on every store); the admin list filters by scanning, which is
 * fine for an admin screen over one document per user. An account Keycloak knows but this store does not
 * (created before the store existed) is copied in on first lookup.
 */
@Service
public class Accounts {

    private final MongoTemplate mongo;
    private final IdentityProvider identity;
    private final Clock clock;

    Accounts(MongoTemplate mongo, IdentityProvider identity, Clock clock) {
        this.mongo = mongo;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * A new account: recruiters wait for an admin's approval, everyone else is active at once.
     *
     * @return the status it starts in
     */
    public AccountStatus registered(String userId, String email, String fullName, PortalRole role,
            boolean emailVerified) {
        AccountStatus status = startingStatus(role);
        mongo.save(new Account(userId, email, fullName, role, status, emailVerified, clock.instant()));
        return status;
    }

    /** What {@link #registered} stores: recruiters wait for an admin's approval, everyone else starts active. */
    public static AccountStatus startingStatus(PortalRole role) {
        return role == PortalRole.RECRUITER ? AccountStatus.PENDING_APPROVAL : AccountStatus.ACTIVE;
    }

    /** The bootstrap admin: created or promoted by configuration, always active. */
    public Account bootstrapAdmin(String userId, String email, String fullName) {
        Account account = find(userId).orElseGet(() -> new Account(userId, email, fullName, PortalRole.ADMIN,
                AccountStatus.ACTIVE, true, clock.instant()));
        account.changeRole(PortalRole.ADMIN);
        account.markEmailVerified();
        if (account.status() != AccountStatus.ACTIVE) {
            account.changeStatus(AccountStatus.ACTIVE, "bootstrap", clock.instant());
        }
        return mongo.save(account);
    }

    public Optional<Account> find(String userId) {
        Account stored = mongo.findById(userId, Account.class);
        if (stored != null) {
            return Optional.of(stored);
        }
        return identity.findById(userId).map(this::copyFromIdentity);
    }

    public void markEmailVerified(String userId) {
        find(userId).ifPresent(account -> {
            account.markEmailVerified();
            mongo.save(account);
        });
    }

    /** @throws org.springframework.dao.OptimisticLockingFailureException if another change came first */
    public Account changeStatus(Account account, AccountStatus next, String reason) {
        account.changeStatus(next, reason, clock.instant());
        return mongo.save(account);
    }

    /** @throws org.springframework.dao.OptimisticLockingFailureException if another change came first */
    public Account changeRole(Account account, PortalRole next) {
        account.changeRole(next);
        return mongo.save(account);
    }

    public Account erasePersonalData(Account account) {
        account.erasePersonalData();
        return mongo.save(account);
    }

    /** Undoes {@link #registered} when the registration fails half-way. */
    public void forget(String userId) {
        mongo.remove(Query.query(Criteria.where("_id").is(userId)), Account.class);
    }

    private static final String BACKFILL_MARKER = "account_backfill";

    boolean backfilled() {
        return mongo.exists(Query.query(Criteria.where("_id").is("done")), BACKFILL_MARKER);
    }

    void markBackfilled() {
        mongo.save(new org.bson.Document("_id", "done").append("at", clock.instant()), BACKFILL_MARKER);
    }

    /** @return whether the user was not held yet and has been copied in */
    boolean copyIfMissing(IdentityUser user) {
        if (mongo.exists(Query.query(Criteria.where("_id").is(user.id())), Account.class)) {
            return false;
        }
        copyFromIdentity(user);
        return true;
    }

    public long activeAdmins() {
        return mongo.count(Query.query(Criteria.where("role").is(PortalRole.ADMIN).and("status")
                .is(AccountStatus.ACTIVE)), Account.class);
    }

    /** Newest first; {@code page} counts from 0. */
    public AccountSlice search(AccountFilter filter, int page, int size) {
        Criteria criteria = new Criteria();
        if (filter.role() != null) {
            criteria.and("role").is(filter.role());
        }
        if (filter.status() != null) {
            criteria.and("status").is(filter.status());
        }
        if (filter.verified() != null) {
            criteria.and("emailVerified").is(filter.verified());
        }
        if (filter.q() != null && !filter.q().isBlank()) {
            Pattern text = Pattern.compile(Pattern.quote(filter.q().trim()), Pattern.CASE_INSENSITIVE);
            criteria.orOperator(Criteria.where("fullName").regex(text), Criteria.where("email").regex(text));
        }
        Query query = Query.query(criteria);
        long total = mongo.count(query, Account.class);
        query.with(Sort.by(Sort.Direction.DESC, "createdAt").and(Sort.by("_id"))).skip((long) page * size).limit(size);
        return new AccountSlice(mongo.find(query, Account.class), total);
    }

    private Account copyFromIdentity(IdentityUser user) {
        AccountStatus status = user.enabled() ? AccountStatus.ACTIVE : AccountStatus.DELETED;
        Instant created = user.createdAt() == null ? clock.instant() : user.createdAt();
        Account account = new Account(user.id(), user.email(), user.fullName(), user.role(), status,
                user.emailVerified(), created);
        try {
            return mongo.insert(account);
        } catch (DuplicateKeyException copiedConcurrently) {
            return mongo.findById(user.id(), Account.class);
        }
    }
}
