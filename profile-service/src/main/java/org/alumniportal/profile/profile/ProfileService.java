package org.alumniportal.profile.profile;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

import org.alumniportal.platform.events.DomainEvent;
import org.alumniportal.platform.events.profile.ProfileDeleted;
import org.alumniportal.platform.files.FileStore;
import org.alumniportal.platform.files.StoredFile;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.web.PortalException;
import org.alumniportal.platform.web.Problems;
import org.alumniportal.platform.skills.SkillNormalizer;

/**
 * The single write path of profiles. Every write is the document (optimistic version check) and its integration
 * events together ({@link EventPublisher#publishWith}: one transaction on a replica set, events staged ahead of the
 * write on the embedded store, so a crash loses no event), then the in-process {@link ProfileSaved}/{@link
 * ProfileRemoved}. A failed outbox write fails the request before the document is written.
 */
@Service
public class ProfileService {

    private static final Logger log = LoggerFactory.getLogger(ProfileService.class);
    /** The portal role a profile is listed under when a user has several: the most directory-relevant first. */
    private static final List<String> ROLE_PRIORITY = List.of("ALUMNI", "STUDENT", "RECRUITER", "ADMIN");

    private final ProfileRepository profiles;
    private final EventPublisher outbox;
    private final ApplicationEventPublisher springEvents;
    private final SkillNormalizer skills;
    private final FileStore files;
    private final AlumniProof alumniProof;

    ProfileService(ProfileRepository profiles, EventPublisher outbox, ApplicationEventPublisher springEvents,
            SkillNormalizer skills, FileStore files, AlumniProof alumniProof) {
        this.alumniProof = alumniProof;
        this.profiles = profiles;
        this.outbox = outbox;
        this.springEvents = springEvents;
        this.skills = skills;
        this.files = files;
    }

    public Optional<Profile> find(String userId) {
        return profiles.findById(userId);
    }

    /** The profile or 404 {@code profile-not-found}. */
    public Profile require(String userId) {
        return profiles.findById(userId).orElseThrow(() -> notFound(userId));
    }

    /** The profile if the viewer may see it; otherwise the same 404 as for a missing one (existence stays secret). */
    public Profile requireVisible(String userId, CurrentUser viewer) {
        return profiles.findById(userId)
                .filter(p -> p.isVisibleTo(viewer.id(), viewer.roles(), alumniProof.isVerifiedAlumnus(viewer)))
                .orElseThrow(() -> notFound(userId));
    }

    Profile create(CurrentUser user, ProfileRequest request) {
        if (profiles.existsById(user.id())) {
            throw exists(user.id());
        }
        Profile profile = Profile.create(user.id(), portalRole(user), user.email(), details(request, user),
                Instant.now());
        try {
            Profile saved = outbox.publishWith(user.id(), () -> profiles.insert(profile),
                    ProfileEvents.created(profile));
            return published(saved);
        } catch (DuplicateKeyException e) {
            throw exists(user.id()); // two creates raced; the first one won
        }
    }

    Profile update(String userId, CurrentUser user, ProfileRequest request) {
        // a profile the caller may not see answers 404 like a missing one; a visible one not theirs, 403
        Profile profile = requireVisible(userId, user);
        if (!profile.getUserId().equals(user.id())) {
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not your profile",
                    "Only the owner can edit a profile.");
        }
        profile.update(portalRole(user), user.email(), details(request, user), Instant.now());
        return save(profile, ProfileEvents.updated(profile));
    }

    /**
     * Saves a changed profile, then publishes {@code events} (plus the in-process {@link ProfileSaved}). For the
     * other features of this service (uploads, verification, role changes).
     */
    public Profile save(Profile profile, DomainEvent... events) {
        Profile saved;
        try {
            saved = outbox.publishWith(profile.getUserId(), () -> profiles.save(profile), events);
        } catch (OptimisticLockingFailureException e) {
            throw new PortalException(HttpStatus.CONFLICT, Problems.CONCURRENT_UPDATE, "Profile changed meanwhile",
                    "The profile was changed by another request; reload and try again.");
        }
        return published(saved);
    }

    /**
     * Deletes the profile, then its files, then announces it. The document goes first: a crash after it leaves
     * only unreachable files, never a profile pointing at deleted ones.
     */
    public void delete(String userId, CurrentUser actor) {
        boolean owner = userId.equals(actor.id());
        if (!owner && !actor.hasRole("ADMIN")) {
            requireVisible(userId, actor);
            throw new PortalException(HttpStatus.FORBIDDEN, Problems.FORBIDDEN, "Not your profile",
                    "Only the owner or an admin can delete a profile.");
        }
        Profile profile = require(userId);
        outbox.publishWith(userId, () -> {
            profiles.deleteById(userId);
            return userId;
        }, new ProfileDeleted(userId, actor.id(), owner ? "OWNER" : "ADMIN"));
        deleteQuietly(profile.getCv());
        deleteQuietly(profile.getPhoto());
        springEvents.publishEvent(new ProfileRemoved(userId));
        log.info("Profile {} deleted by {} ({})", userId, actor.id(), owner ? "owner" : "admin");
    }

    /** Deletes a file the profile no longer references; a failure leaves an orphan, which is only logged. */
    public void deleteQuietly(StoredFile file) {
        if (file == null) {
            return;
        }
        try {
            files.delete(file.key());
        } catch (RuntimeException e) {
            log.warn("Could not delete file {}: {}", file.key(), e.toString());
        }
    }

    /**
     * After a successful save nothing here may fail the request: the change and its events are stored, and callers
     * rely on "save threw ⇒ nothing stored" (an upload then removes its new file). Only the in-process read-model
     * refresh is left, and the next snapshot repairs a failed one.
     */
    private Profile published(Profile saved) {
        try {
            springEvents.publishEvent(new ProfileSaved(saved));
        } catch (RuntimeException e) {
            log.error("A listener of ProfileSaved failed for {}", saved.getUserId(), e);
        }
        return saved;
    }

    private ProfileDetails details(ProfileRequest r, CurrentUser user) {
        String name = r.name() != null && !r.name().isBlank() ? r.name().strip() : user.name();
        return new ProfileDetails(name, strip(r.headline()), strip(r.bio()), strip(r.currentCompany()),
                strip(r.currentRole()), strip(r.location()), r.batchYear(),
                r.experience() == null ? List.of()
                        : r.experience().stream().map(ProfileRequest.ExperienceRequest::toExperience).toList(),
                r.education() == null ? List.of()
                        : r.education().stream().map(ProfileRequest.EducationRequest::toEducation).toList(),
                skills.normalizeAll(r.skills()),
                r.achievements() == null ? List.of() : r.achievements().stream().map(String::strip).toList(),
                r.socialLinks(), strip(r.phone()), r.visibility(),
                r.contactVisibility() == null ? null : r.contactVisibility().toContactVisibility(), r.industry());
    }

    /** The role a profile is listed under: see {@link #ROLE_PRIORITY}; STUDENT when the token has none of them. */
    public static String portalRole(CurrentUser user) {
        return ROLE_PRIORITY.stream().filter(user::hasRole).findFirst().orElse("STUDENT");
    }

    private static String strip(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static PortalException notFound(String userId) {
        return new PortalException(HttpStatus.NOT_FOUND, Problems.NOT_FOUND, "Profile not found",
                "There is no profile you can see for this user.").with("userId", userId);
    }

    private static PortalException exists(String userId) {
        return new PortalException(HttpStatus.CONFLICT, "profile-exists", "Profile already exists",
                "You have a profile already; update it with PUT /api/profiles/" + userId + ".");
    }
}
