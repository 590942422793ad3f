package org.alumniportal.analytics.readmodel;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.alumniportal.platform.events.EventEnvelope;
import org.alumniportal.platform.events.application.ApplicationStatusChanged;
import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.application.ApplicationWithdrawn;
import org.alumniportal.platform.events.community.CapsuleCreated;
import org.alumniportal.platform.events.community.CommentCreated;
import org.alumniportal.platform.events.community.ContentModerated;
import org.alumniportal.platform.events.community.EventCancelled;
import org.alumniportal.platform.events.community.EventCheckedIn;
import org.alumniportal.platform.events.community.EventCreated;
import org.alumniportal.platform.events.community.EventRsvp;
import org.alumniportal.platform.events.community.EventUpdated;
import org.alumniportal.platform.events.community.EventWaitlistPromoted;
import org.alumniportal.platform.events.community.PostCreated;
import org.alumniportal.platform.events.job.JobClosed;
import org.alumniportal.platform.events.job.JobPosted;
import org.alumniportal.platform.events.job.JobUpdated;
import org.alumniportal.platform.events.mentorship.MentorRegistered;
import org.alumniportal.platform.events.mentorship.MentorshipAccepted;
import org.alumniportal.platform.events.mentorship.MentorshipEnded;
import org.alumniportal.platform.events.mentorship.MentorshipRejected;
import org.alumniportal.platform.events.mentorship.MentorshipRequested;
import org.alumniportal.platform.events.mentorship.SessionCancelled;
import org.alumniportal.platform.events.mentorship.SessionCompleted;
import org.alumniportal.platform.events.mentorship.SessionFeedbackGiven;
import org.alumniportal.platform.events.mentorship.SessionScheduled;
import org.alumniportal.platform.events.profile.ProfileCreated;
import org.alumniportal.platform.events.profile.ProfileDeleted;
import org.alumniportal.platform.events.profile.ProfileRejected;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.events.user.UserStatusChanged;
import org.alumniportal.platform.messaging.EventEnvelopes;
import org.alumniportal.platform.skills.SkillNormalizer;
import org.springframework.stereotype.Component;

/**
 * Everything analytics counts, kept in memory and keyed by the ids of the source aggregates. Every update is
 * a put or a merge whose result does not depend on how often an event arrives (the same event twice writes
 * the same value), and statuses only move forward (newest event time, or a status rank), so replays and
 * redeliveries give the same figures without a table of processed event ids. Readers get immutable records;
 * derived figures are memoised per {@link #version()} with {@link #cached} (or {@link #cachedWithClock} when they
 * also read the clock).
 */
@Component
public class Population implements EventProjection {

    /**
     * The version of what {@link #apply} makes of events. Bump it with any change to how an event is applied: a
     * checkpoint written by another version is not restored, and the read models are replayed from offset 0.
     */
    public static final int PROJECTION_VERSION = 2;

    // Only clock-dependent figures (open jobs, upcoming events, recency) age; a minute of that is invisible, and a
    // longer TTL keeps the background refresh of the costliest figures (scores of everyone) off the CPU.
    private static final Duration CACHE_TTL = Duration.ofSeconds(60);

    private final Clock clock;
    private final SkillNormalizer skills;
    private final Map<String, UserAccount> accounts = new ConcurrentHashMap<>();
    private final Map<String, ProfileFacts> profiles = new ConcurrentHashMap<>();
    private final Map<String, JobFacts> jobs = new ConcurrentHashMap<>();
    private final Map<String, ApplicationFacts> applications = new ConcurrentHashMap<>();
    private final Map<String, CommunityEvent> events = new ConcurrentHashMap<>();
    private final Map<String, Rsvp> rsvps = new ConcurrentHashMap<>();
    private final Map<String, Mentor> mentors = new ConcurrentHashMap<>();
    private final Map<String, Mentorship> mentorships = new ConcurrentHashMap<>();
    private final Map<String, MentoringSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, Contribution> contributions = new ConcurrentHashMap<>();
    private final Map<String, Instant> lastActivity = new ConcurrentHashMap<>();
    private final Map<String, CacheEntry> cache = new ConcurrentHashMap<>();
    private final Map<String, Object> computing = new ConcurrentHashMap<>();
    private final AtomicLong version = new AtomicLong();
    /** One background thread refreshes figures whose TTL ran out; it never holds up a request. */
    private final java.util.concurrent.ExecutorService refresher = java.util.concurrent.Executors
            .newSingleThreadExecutor(r -> {
                Thread thread = new Thread(r, "analytics-figures-refresh");
                thread.setDaemon(true);
                return thread;
            });
    private final AtomicLong appliedSinceReset = new AtomicLong();

    /** {@code expires} null: valid for as long as the version lasts. */
    private record CacheEntry(long version, Instant expires, Object value) {
    }

    public Population(Clock clock, SkillNormalizer skills) {
        this.clock = clock;
        this.skills = skills;
    }

    @Override
    public void apply(EventEnvelope e) {
        Instant t = e.time();
        boolean known = switch (e.type()) {
            case UserRegistered.TYPE -> on(EventEnvelopes.payload(e, UserRegistered.class), t);
            case UserRoleChanged.TYPE -> on(EventEnvelopes.payload(e, UserRoleChanged.class), t);
            case UserStatusChanged.TYPE -> on(EventEnvelopes.payload(e, UserStatusChanged.class), t);
            case ProfileCreated.TYPE -> on(EventEnvelopes.payload(e, ProfileCreated.class), t);
            case ProfileUpdated.TYPE -> on(EventEnvelopes.payload(e, ProfileUpdated.class), t);
            case ProfileVerified.TYPE -> onVerification(EventEnvelopes.payload(e, ProfileVerified.class).userId(), true, t);
            case ProfileRejected.TYPE -> onVerification(EventEnvelopes.payload(e, ProfileRejected.class).userId(), false, t);
            case ProfileDeleted.TYPE -> on(EventEnvelopes.payload(e, ProfileDeleted.class), t);
            case JobPosted.TYPE -> on(EventEnvelopes.payload(e, JobPosted.class), t);
            case JobUpdated.TYPE -> on(EventEnvelopes.payload(e, JobUpdated.class), t);
            case JobClosed.TYPE -> on(EventEnvelopes.payload(e, JobClosed.class));
            case ApplicationSubmitted.TYPE -> on(EventEnvelopes.payload(e, ApplicationSubmitted.class), t);
            case ApplicationStatusChanged.TYPE -> {
                ApplicationStatusChanged p = EventEnvelopes.payload(e, ApplicationStatusChanged.class);
                yield applicationStatus(p.applicationId(), p.jobId(), p.applicantId(), p.newStatus(), t);
            }
            case ApplicationWithdrawn.TYPE -> {
                ApplicationWithdrawn p = EventEnvelopes.payload(e, ApplicationWithdrawn.class);
                yield applicationStatus(p.applicationId(), p.jobId(), p.applicantId(), "WITHDRAWN", t);
            }
            case MentorRegistered.TYPE -> on(EventEnvelopes.payload(e, MentorRegistered.class));
            case MentorshipRequested.TYPE -> {
                MentorshipRequested p = EventEnvelopes.payload(e, MentorshipRequested.class);
                touch(p.menteeId(), t);
                yield mentorship(p.requestId(), p.mentorId(), p.menteeId(), "REQUESTED", t);
            }
            case MentorshipAccepted.TYPE -> {
                MentorshipAccepted p = EventEnvelopes.payload(e, MentorshipAccepted.class);
                touch(p.mentorId(), t);
                yield mentorship(p.mentorshipId(), p.mentorId(), p.menteeId(), "ACTIVE", t);
            }
            case MentorshipRejected.TYPE -> {
                MentorshipRejected p = EventEnvelopes.payload(e, MentorshipRejected.class);
                yield mentorship(p.requestId(), p.mentorId(), p.menteeId(), "REJECTED", t);
            }
            case MentorshipEnded.TYPE -> {
                MentorshipEnded p = EventEnvelopes.payload(e, MentorshipEnded.class);
                yield mentorship(p.mentorshipId(), p.mentorId(), p.menteeId(), "ENDED", t);
            }
            case SessionScheduled.TYPE -> {
                SessionScheduled p = EventEnvelopes.payload(e, SessionScheduled.class);
                yield session(p.sessionId(), p.mentorshipId(), p.mentorId(), p.menteeId(), "SCHEDULED",
                        p.scheduledAt(), null, null);
            }
            case SessionCancelled.TYPE -> {
                SessionCancelled p = EventEnvelopes.payload(e, SessionCancelled.class);
                yield session(p.sessionId(), p.mentorshipId(), p.mentorId(), p.menteeId(), "CANCELLED",
                        p.scheduledAt(), null, null);
            }
            case SessionCompleted.TYPE -> {
                SessionCompleted p = EventEnvelopes.payload(e, SessionCompleted.class);
                Instant done = p.completedAt() == null ? t : p.completedAt();
                touch(p.mentorId(), done);
                touch(p.menteeId(), done);
                yield session(p.sessionId(), p.mentorshipId(), p.mentorId(), p.menteeId(), "COMPLETED", null, done,
                        null);
            }
            case SessionFeedbackGiven.TYPE -> {
                SessionFeedbackGiven p = EventEnvelopes.payload(e, SessionFeedbackGiven.class);
                touch(p.menteeId(), t);
                yield session(p.sessionId(), p.mentorshipId(), p.mentorId(), p.menteeId(), "COMPLETED", null, null,
                        p.rating());
            }
            case EventCreated.TYPE -> {
                EventCreated p = EventEnvelopes.payload(e, EventCreated.class);
                yield communityEvent(p.eventId(), p.title(), p.eventType(), p.location(), p.virtual(), p.startDate(),
                        p.maxAttendees(), p.createdBy(), t);
            }
            case EventUpdated.TYPE -> {
                EventUpdated p = EventEnvelopes.payload(e, EventUpdated.class);
                yield communityEvent(p.eventId(), p.title(), p.eventType(), p.location(), p.virtual(), p.startDate(),
                        p.maxAttendees(), null, t);
            }
            case EventCancelled.TYPE -> on(EventEnvelopes.payload(e, EventCancelled.class), t);
            case EventRsvp.TYPE -> {
                EventRsvp p = EventEnvelopes.payload(e, EventRsvp.class);
                yield rsvp(p.eventId(), p.userId(), p.status(), t, null);
            }
            case EventWaitlistPromoted.TYPE -> {
                EventWaitlistPromoted p = EventEnvelopes.payload(e, EventWaitlistPromoted.class);
                yield rsvp(p.eventId(), p.userId(), Rsvp.ATTENDING, t, null);
            }
            case EventCheckedIn.TYPE -> {
                EventCheckedIn p = EventEnvelopes.payload(e, EventCheckedIn.class);
                Instant at = p.checkedInAt() == null ? t : p.checkedInAt();
                yield rsvp(p.eventId(), p.userId(), null, null, at);
            }
            case PostCreated.TYPE -> {
                PostCreated p = EventEnvelopes.payload(e, PostCreated.class);
                yield contribution(p.postId(), Contribution.Kind.POST, p.authorId(), t);
            }
            case CommentCreated.TYPE -> {
                CommentCreated p = EventEnvelopes.payload(e, CommentCreated.class);
                yield contribution(p.commentId(), Contribution.Kind.COMMENT, p.authorId(), t);
            }
            case CapsuleCreated.TYPE -> {
                CapsuleCreated p = EventEnvelopes.payload(e, CapsuleCreated.class);
                yield contribution(p.capsuleId(), Contribution.Kind.CAPSULE, p.authorId(), t);
            }
            case ContentModerated.TYPE -> on(EventEnvelopes.payload(e, ContentModerated.class));
            default -> false;
        };
        if (known) {
            version.incrementAndGet();
            appliedSinceReset.incrementAndGet();
        }
    }

    @Override
    public void reset() {
        List.of(accounts, profiles, jobs, applications, events, rsvps, mentors, mentorships, sessions, contributions,
                lastActivity, cache).forEach(Map::clear);
        appliedSinceReset.set(0);
        version.incrementAndGet();
    }

    /** A copy of the state; the caller keeps events from being applied meanwhile (see ReadModelCheckpoints). */
    PopulationState exportState() {
        return new PopulationState(Map.copyOf(accounts), Map.copyOf(profiles), Map.copyOf(jobs),
                Map.copyOf(applications), Map.copyOf(events), Map.copyOf(rsvps), Map.copyOf(mentors),
                Map.copyOf(mentorships), Map.copyOf(sessions), Map.copyOf(contributions), Map.copyOf(lastActivity));
    }

    /** Replaces the state with a checkpoint's; events applied after it count from zero. */
    void importState(PopulationState state) {
        reset();
        accounts.putAll(state.accounts());
        profiles.putAll(state.profiles());
        jobs.putAll(state.jobs());
        applications.putAll(state.applications());
        events.putAll(state.events());
        rsvps.putAll(state.rsvps());
        mentors.putAll(state.mentors());
        mentorships.putAll(state.mentorships());
        sessions.putAll(state.sessions());
        contributions.putAll(state.contributions());
        lastActivity.putAll(state.lastActivity());
        version.incrementAndGet();
    }

    // --- users -------------------------------------------------------------------------------------------

    private boolean on(UserRegistered p, Instant t) {
        accounts.merge(p.userId(), new UserAccount(p.userId(), p.role(), "ACTIVE", t, t), (old, fresh) ->
                new UserAccount(old.userId(), old.changedAt().isAfter(t) ? old.role() : fresh.role(), old.status(),
                        min(old.registeredAt(), t), max(old.changedAt(), t)));
        touch(p.userId(), t);
        return true;
    }

    private boolean on(UserRoleChanged p, Instant t) {
        accounts.merge(p.userId(), new UserAccount(p.userId(), p.newRole(), "ACTIVE", null, t), (old, fresh) ->
                old.changedAt() != null && old.changedAt().isAfter(t) ? old
                        : new UserAccount(old.userId(), p.newRole(), old.status(), old.registeredAt(), t));
        return true;
    }

    private boolean on(UserStatusChanged p, Instant t) {
        accounts.merge(p.userId(), new UserAccount(p.userId(), null, p.newStatus(), null, t), (old, fresh) ->
                old.changedAt() != null && old.changedAt().isAfter(t) ? old
                        : new UserAccount(old.userId(), old.role(), p.newStatus(), old.registeredAt(), t));
        return true;
    }

    // --- profiles ----------------------------------------------------------------------------------------

    private boolean on(ProfileCreated p, Instant t) {
        // A new profile has never asked to be verified.
        return snapshot(new ProfileFacts(p.userId(), p.role(), p.name(), blank(p.currentCompany()),
                blank(p.currentRole()), blank(p.location()), p.batchYear(), skills.normalizeAll(nonNull(p.skills())),
                p.visibility(), false, false, 0, List.of(), blank(p.industry()), false, t, t, null, "UNVERIFIED"));
    }

    private boolean on(ProfileUpdated p, Instant t) {
        List<ProfileFacts.Job> timeline = p.experience().stream()
                .map(x -> new ProfileFacts.Job(blank(x.company()), blank(x.role()), x.startDate(), x.endDate()))
                .toList();
        // An update written before verificationStatus existed only tells a verified profile apart.
        String status = p.verificationStatus() != null ? p.verificationStatus() : p.verified() ? "VERIFIED" : null;
        return snapshot(new ProfileFacts(p.userId(), p.role(), p.name(), blank(p.currentCompany()),
                blank(p.currentRole()), blank(p.location()), p.batchYear(), skills.normalizeAll(nonNull(p.skills())),
                p.visibility(), p.verified(), false, p.completionPercentage(), timeline, blank(p.industry()), false, t,
                t, p.completionPercentage() >= ProfileFacts.COMPLETE_PERCENT ? t : null, status));
    }

    private boolean snapshot(ProfileFacts fresh) {
        profiles.merge(fresh.userId(), fresh, (old, now) -> {
            Instant createdAt = min(old.createdAt(), now.createdAt());
            Instant completeSince = min(old.completeSince(), now.completeSince());
            boolean nowIsNewest = old.eventTime() == null || !old.eventTime().isAfter(now.eventTime());
            ProfileFacts newest = nowIsNewest ? now : old;
            ProfileFacts other = nowIsNewest ? old : now;
            boolean rejected = !newest.verified() && old.rejected();
            String status = newest.verificationStatus() != null ? newest.verificationStatus()
                    : other.verificationStatus();
            return new ProfileFacts(newest.userId(), newest.role(), newest.name(), newest.company(),
                    newest.currentRole(), newest.location(), newest.batchYear(), newest.skills(),
                    newest.visibility(), newest.verified(), rejected, newest.completion(), newest.experience(),
                    newest.industry(), old.deleted() || newest.deleted(), createdAt, newest.eventTime(),
                    completeSince, status);
        });
        touch(fresh.userId(), fresh.eventTime());
        return true;
    }

    /** A decision closes the request, unless a newer snapshot (a resubmission) is already known. */
    private boolean onVerification(String userId, boolean verified, Instant t) {
        String decided = verified ? "VERIFIED" : "REJECTED";
        profiles.compute(userId, (id, old) -> old == null
                ? new ProfileFacts(id, "ALUMNI", null, null, null, null, null, List.of(), null, verified, !verified,
                        0, List.of(), null, false, null, t, null, decided)
                : new ProfileFacts(id, old.role(), old.name(), old.company(), old.currentRole(), old.location(),
                        old.batchYear(), old.skills(), old.visibility(), verified, !verified, old.completion(),
                        old.experience(), old.industry(), old.deleted(), old.createdAt(), max(old.eventTime(), t),
                        old.completeSince(), old.verificationStatus() != null && old.eventTime() != null
                                && old.eventTime().isAfter(t) ? old.verificationStatus() : decided));
        return true;
    }

    private boolean on(ProfileDeleted p, Instant t) {
        profiles.compute(p.userId(), (id, old) -> new ProfileFacts(id, old == null ? null : old.role(), null, null,
                null, null, null, List.of(), old == null ? null : old.visibility(), false, false, 0, List.of(), null,
                true, old == null ? null : old.createdAt(), old == null ? t : max(old.eventTime(), t), null, null));
        return true;
    }

    // --- jobs and applications ---------------------------------------------------------------------------

    private boolean on(JobPosted p, Instant t) {
        touch(p.postedBy(), t);
        return job(new JobFacts(p.jobId(), p.title(), blank(p.company()), blank(p.location()), p.jobType(),
                p.remote(), skills.normalizeAll(nonNull(p.skillsRequired())), p.postedBy(), t,
                p.applicationDeadline(), false, blank(p.industry()), t));
    }

    /** An edit: the same snapshot as a posting, but it does not date the posting. */
    private boolean on(JobUpdated p, Instant t) {
        return job(new JobFacts(p.jobId(), p.title(), blank(p.company()), blank(p.location()), p.jobType(),
                p.remote(), skills.normalizeAll(nonNull(p.skillsRequired())), p.postedBy(), null,
                p.applicationDeadline(), false, blank(p.industry()), t));
    }

    private boolean job(JobFacts fresh) {
        jobs.merge(fresh.jobId(), fresh, (old, now) -> {
            JobFacts newest = old.changedAt() != null && old.changedAt().isAfter(now.changedAt()) ? old : now;
            return new JobFacts(newest.jobId(), newest.title(), newest.company(), newest.location(),
                    newest.jobType(), newest.remote(), newest.skills(), newest.postedBy(),
                    min(old.postedAt(), now.postedAt()), newest.deadline(), old.closed(), newest.industry(),
                    max(old.changedAt(), now.changedAt()));
        });
        return true;
    }

    private boolean on(JobClosed p) {
        jobs.compute(p.jobId(), (id, old) -> old == null
                ? new JobFacts(id, null, null, null, null, false, List.of(), p.postedBy(), null, null, true, null, null)
                : new JobFacts(id, old.title(), old.company(), old.location(), old.jobType(), old.remote(),
                        old.skills(), old.postedBy(), old.postedAt(), old.deadline(), true, old.industry(),
                        old.changedAt()));
        return true;
    }

    private boolean on(ApplicationSubmitted p, Instant t) {
        Instant at = p.submittedAt() == null ? t : p.submittedAt();
        applications.merge(p.applicationId(), new ApplicationFacts(p.applicationId(), p.jobId(), p.applicantId(),
                "SUBMITTED", at, t), (old, fresh) -> new ApplicationFacts(old.applicationId(), p.jobId(),
                p.applicantId(), old.statusAt().isAfter(t) ? old.status() : fresh.status(), at,
                max(old.statusAt(), t)));
        touch(p.applicantId(), at);
        return true;
    }

    private boolean applicationStatus(String id, String jobId, String applicantId, String status, Instant t) {
        applications.merge(id, new ApplicationFacts(id, jobId, applicantId, status, null, t), (old, fresh) ->
                old.statusAt().isAfter(t) ? old
                        : new ApplicationFacts(id, jobId, applicantId, status, old.submittedAt(), t));
        return true;
    }

    // --- mentorship --------------------------------------------------------------------------------------

    private boolean on(MentorRegistered p) {
        mentors.put(p.mentorId(), new Mentor(p.mentorId(), skills.normalizeAll(nonNull(p.expertiseAreas())),
                p.maxMentees(), p.available()));
        return true;
    }

    private static int mentorshipRank(String status) {
        return switch (status) {
            case "REQUESTED" -> 0;
            case "ACTIVE", "REJECTED" -> 1;
            default -> 2;
        };
    }

    private boolean mentorship(String id, String mentorId, String menteeId, String status, Instant t) {
        Mentorship fresh = new Mentorship(id, mentorId, menteeId, status, "REQUESTED".equals(status) ? t : null,
                "ACTIVE".equals(status) ? t : null, "ENDED".equals(status) ? t : null);
        mentorships.merge(id, fresh, (old, now) -> new Mentorship(id, mentorId, menteeId,
                mentorshipRank(now.status()) >= mentorshipRank(old.status()) ? now.status() : old.status(),
                min(old.requestedAt(), now.requestedAt()), min(old.acceptedAt(), now.acceptedAt()),
                min(old.endedAt(), now.endedAt())));
        return true;
    }

    private boolean session(String id, String mentorshipId, String mentorId, String menteeId, String status,
            Instant scheduledAt, Instant completedAt, Integer rating) {
        MentoringSession fresh = new MentoringSession(id, mentorshipId, mentorId, menteeId, status, scheduledAt,
                completedAt, rating);
        sessions.merge(id, fresh, (old, now) -> new MentoringSession(id, mentorshipId, mentorId, menteeId,
                "SCHEDULED".equals(now.status()) ? old.status() : now.status(),
                old.scheduledAt() != null ? old.scheduledAt() : now.scheduledAt(),
                min(old.completedAt(), now.completedAt()), now.rating() != null ? now.rating() : old.rating()));
        return true;
    }

    // --- community ---------------------------------------------------------------------------------------

    private boolean communityEvent(String id, String title, String type, String location, boolean virtual,
            Instant start, Integer max, String createdBy, Instant t) {
        CommunityEvent fresh = new CommunityEvent(id, title, type, blank(location), virtual, start, max, createdBy,
                createdBy != null ? t : null, false, t);
        events.merge(id, fresh, (old, now) -> {
            CommunityEvent newest = old.changedAt().isAfter(t) ? old : now;
            return new CommunityEvent(id, newest.title(), newest.eventType(), newest.location(), newest.virtual(),
                    newest.startDate(), newest.maxAttendees(),
                    old.createdBy() != null ? old.createdBy() : now.createdBy(),
                    min(old.createdAt(), now.createdAt()), old.cancelled(), max(old.changedAt(), t));
        });
        if (createdBy != null) {
            touch(createdBy, t);
        }
        return true;
    }

    private boolean on(EventCancelled p, Instant t) {
        events.compute(p.eventId(), (id, old) -> old == null
                ? new CommunityEvent(id, p.title(), null, null, false, null, null, null, null, true, t)
                : new CommunityEvent(id, old.title(), old.eventType(), old.location(), old.virtual(),
                        old.startDate(), old.maxAttendees(), old.createdBy(), old.createdAt(), true, old.changedAt()));
        return true;
    }

    private boolean rsvp(String eventId, String userId, String status, Instant t, Instant checkedInAt) {
        Instant firstAttending = Rsvp.ATTENDING.equals(status) ? t : null;
        Rsvp fresh = new Rsvp(eventId, userId, status, t, firstAttending, checkedInAt);
        rsvps.merge(eventId + "/" + userId, fresh, (old, now) -> {
            boolean newer = now.at() != null && (old.at() == null || !old.at().isAfter(now.at()));
            return new Rsvp(eventId, userId, newer ? now.status() : old.status(), newer ? now.at() : old.at(),
                    min(old.firstAttendingAt(), now.firstAttendingAt()),
                    min(old.checkedInAt(), now.checkedInAt()));
        });
        // Recency follows attendance, not answers: an RSVP alone is no sign of engagement (issue 17).
        touch(userId, checkedInAt);
        return true;
    }

    private boolean contribution(String id, Contribution.Kind kind, String authorId, Instant t) {
        contributions.merge(kind + ":" + id, new Contribution(id, kind, authorId, t, false),
                (old, fresh) -> new Contribution(id, kind, authorId, min(old.at(), t), old.removed()));
        touch(authorId, t);
        return true;
    }

    private boolean on(ContentModerated p) {
        if (!"REMOVE".equalsIgnoreCase(p.action()) && !"REMOVED".equalsIgnoreCase(p.action())) {
            return true;
        }
        Contribution.Kind kind;
        try {
            kind = Contribution.Kind.valueOf(p.contentType().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException notCounted) {
            return true;
        }
        contributions.compute(kind + ":" + p.contentId(), (key, old) -> old == null
                ? new Contribution(p.contentId(), kind, p.authorId(), null, true)
                : new Contribution(old.id(), kind, old.authorId(), old.at(), true));
        return true;
    }

    private void touch(String userId, Instant t) {
        if (userId != null && t != null) {
            lastActivity.merge(userId, t, Population::max);
        }
    }

    // --- reading -----------------------------------------------------------------------------------------

    public Collection<UserAccount> accounts() {
        return Collections.unmodifiableCollection(accounts.values());
    }

    public Collection<ProfileFacts> profiles() {
        return Collections.unmodifiableCollection(profiles.values());
    }

    public Optional<ProfileFacts> profile(String userId) {
        return Optional.ofNullable(profiles.get(userId));
    }

    public Collection<JobFacts> jobs() {
        return Collections.unmodifiableCollection(jobs.values());
    }

    public Collection<ApplicationFacts> applications() {
        return Collections.unmodifiableCollection(applications.values());
    }

    public Collection<CommunityEvent> events() {
        return Collections.unmodifiableCollection(events.values());
    }

    public Collection<Rsvp> rsvps() {
        return Collections.unmodifiableCollection(rsvps.values());
    }

    public Collection<Mentor> mentors() {
        return Collections.unmodifiableCollection(mentors.values());
    }

    public Collection<Mentorship> mentorships() {
        return Collections.unmodifiableCollection(mentorships.values());
    }

    public Collection<MentoringSession> sessions() {
        return Collections.unmodifiableCollection(sessions.values());
    }

    public Collection<Contribution> contributions() {
        return Collections.unmodifiableCollection(contributions.values());
    }

    public Optional<Instant> lastActivity(String userId) {
        return Optional.ofNullable(lastActivity.get(userId));
    }

    /** Changes with every applied event: figures computed at one version stay right until the next. */
    public long version() {
        return version.get();
    }

    /** Events applied since the start or the last rebuild (a rebuild is done when this reaches the topics' size). */
    public long appliedSinceReset() {
        return appliedSinceReset.get();
    }

    @jakarta.annotation.PreDestroy
    void stopRefreshing() {
        refresher.shutdownNow();
    }

    public Instant now() {
        return clock.instant();
    }

    /**
     * A figure that depends on the read models only: computed once per version, so reads between events cost a map
     * lookup. After an event the first caller computes the figure and concurrent callers get the previous value
     * meanwhile (never older than that event). A caller with nothing cached computes.
     */
    public <T> T cached(String key, Supplier<T> compute) {
        return cached(key, false, compute);
    }

    /**
     * A figure that also depends on the clock (open jobs, upcoming events, recency): as {@link #cached}, and at most
     * {@code CACHE_TTL} old. When only the TTL ran out, the previous value is served and recomputed in the
     * background, so a steady load never waits for a computation. Figures that do not read the clock use
     * {@link #cached}: refreshing them every minute as well was CPU taken from requests for identical results.
     */
    public <T> T cachedWithClock(String key, Supplier<T> compute) {
        return cached(key, true, compute);
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, boolean ages, Supplier<T> compute) {
        CacheEntry entry = cache.get(key);
        if (isFresh(entry)) {
            return (T) entry.value();
        }
        if (entry != null && entry.version() == version.get()) {
            if (computing.putIfAbsent(key, new Object()) == null) {
                refresher.execute(() -> {
                    try {
                        compute(key, ages, compute);
                    } finally {
                        computing.remove(key);
                    }
                });
            }
            return (T) entry.value();
        }
        if (entry != null && computing.containsKey(key)) {
            return (T) entry.value();
        }
        Object lock = computing.computeIfAbsent(key, k -> new Object());
        synchronized (lock) {
            try {
                entry = cache.get(key);
                return isFresh(entry) ? (T) entry.value() : compute(key, ages, compute);
            } finally {
                computing.remove(key);
            }
        }
    }

    private <T> T compute(String key, boolean ages, Supplier<T> compute) {
        long current = version.get();
        Instant now = clock.instant();
        T value = compute.get();
        if (cache.size() > 1_000) {
            cache.clear();
        }
        cache.put(key, new CacheEntry(current, ages ? now.plus(CACHE_TTL) : null, value));
        return value;
    }

    private boolean isFresh(CacheEntry entry) {
        return entry != null && entry.version() == version.get()
                && (entry.expires() == null || entry.expires().isAfter(clock.instant()));
    }

    private static Instant min(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a == null ? b : b == null ? a : a.isAfter(b) ? a : b;
    }

    private static String blank(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
