package org.alumniportal.profile.profile;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.http.HttpStatus;

import org.alumniportal.platform.events.Industry;
import org.alumniportal.platform.files.StoredFile;
import org.alumniportal.platform.web.PortalException;

/**
 * An alumnus's (or any portal user's) profile, keyed by the Keycloak subject. State changes go through the
 * methods below, which keep the invariants: completion is recomputed on every change, verification moves only
 * along UNVERIFIED/REJECTED → PENDING → VERIFIED/REJECTED (VERIFIED → REJECTED withdraws), and a rejection
 * always carries its reason.
 */
@Document("profiles")
public class Profile {

    @Id
    private String userId;
    private String role;
    private String email;
    private String name;
    private String headline;
    private String bio;
    private String currentCompany;
    private String currentRole;
    private String location;
    /** Optional, from the portal's fixed list (the industry heatmap counts it). */
    private Industry industry;
    private Integer batchYear;
    private List<Experience> experience = new ArrayList<>();
    private List<Education> education = new ArrayList<>();
    private List<String> skills = new ArrayList<>();
    private List<String> achievements = new ArrayList<>();
    private Map<String, String> socialLinks = new LinkedHashMap<>();
    private String phone;
    private Visibility visibility = Visibility.SIGNED_IN;
    private ContactVisibility contactVisibility = ContactVisibility.DEFAULT;
    private VerificationStatus verificationStatus = VerificationStatus.UNVERIFIED;
    private Instant verificationRequestedAt;
    private String verifiedBy;
    private Instant verifiedAt;
    private String rejectionReason;
    private int completionPercentage;
    private StoredFile cv;
    private Instant cvUploadedAt;
    private StoredFile photo;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Long version;

    /** For the Mongo mapping only. */
    protected Profile() {
    }

    public static Profile create(String userId, String role, String email, ProfileDetails details, Instant now) {
        Profile profile = new Profile();
        profile.userId = requireText(userId, "userId");
        profile.createdAt = now;
        profile.update(role, email, details, now);
        return profile;
    }

    /** Replaces every owner-editable field; visibility and contact settings only when given. */
    public void update(String role, String email, ProfileDetails details, Instant now) {
        this.role = role;
        this.email = email;
        this.name = details.name();
        this.headline = details.headline();
        this.bio = details.bio();
        this.currentCompany = details.currentCompany();
        this.currentRole = details.currentRole();
        this.location = details.location();
        this.industry = details.industry();
        this.batchYear = details.batchYear();
        this.experience = copy(details.experience());
        this.education = copy(details.education());
        this.skills = copy(details.skills());
        this.achievements = copy(details.achievements());
        this.socialLinks = details.socialLinks() == null ? new LinkedHashMap<>()
                : new LinkedHashMap<>(details.socialLinks());
        this.phone = details.phone();
        if (details.visibility() != null) {
            this.visibility = details.visibility();
        }
        if (details.contactVisibility() != null) {
            this.contactVisibility = details.contactVisibility();
        }
        touch(now);
    }

    /** Attaches a new CV and returns the previous one (whose file the caller deletes once this is saved). */
    public StoredFile replaceCv(StoredFile file, Instant now) {
        StoredFile previous = cv;
        cv = Objects.requireNonNull(file, "file");
        cvUploadedAt = now;
        touch(now);
        return previous;
    }

    /** Attaches a new photo and returns the previous one. */
    public StoredFile replacePhoto(StoredFile file, Instant now) {
        StoredFile previous = photo;
        photo = Objects.requireNonNull(file, "file");
        touch(now);
        return previous;
    }

    /** The owner asks for verification; asking again while pending changes nothing. */
    public void requestVerification(Instant now) {
        switch (verificationStatus) {
            case PENDING -> {
                return;
            }
            case VERIFIED -> throw new PortalException(HttpStatus.CONFLICT, "already-verified",
                    "Profile already verified", "This profile is verified already.");
            default -> {
                verificationStatus = VerificationStatus.PENDING;
                verificationRequestedAt = now;
                rejectionReason = null;
                touch(now);
            }
        }
    }

    /** An admin approves; also possible without a request (an admin who knows the alumnus). */
    public void verify(String adminId, Instant now) {
        if (verificationStatus == VerificationStatus.VERIFIED) {
            throw new PortalException(HttpStatus.CONFLICT, "already-verified", "Profile already verified",
                    "This profile is verified already.");
        }
        verificationStatus = VerificationStatus.VERIFIED;
        verifiedBy = requireText(adminId, "adminId");
        verifiedAt = now;
        rejectionReason = null;
        verificationRequestedAt = null;
        touch(now);
    }

    /**
     * An admin rejects a pending request or withdraws an earlier verification.
     *
     * @return whether the profile was verified before (a withdrawal)
     */
    public boolean reject(String adminId, String reason, Instant now) {
        requireText(adminId, "adminId");
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("A rejection needs a reason");
        }
        boolean wasVerified = verificationStatus == VerificationStatus.VERIFIED;
        if (!wasVerified && verificationStatus != VerificationStatus.PENDING) {
            throw new PortalException(HttpStatus.CONFLICT, "nothing-to-reject", "Nothing to reject",
                    "The profile has no pending verification request and is not verified.")
                    .with("verificationStatus", verificationStatus.name());
        }
        verificationStatus = VerificationStatus.REJECTED;
        rejectionReason = reason.strip();
        verifiedBy = null;
        verifiedAt = null;
        verificationRequestedAt = null;
        touch(now);
        return wasVerified;
    }

    /** The owner's realm role changed in auth-service; true when it differs from the stored one. */
    public boolean changeRole(String newRole, Instant now) {
        if (newRole == null || newRole.equals(role)) {
            return false;
        }
        role = newRole;
        touch(now);
        return true;
    }

    /**
     * The privacy rule of a single profile: owner and admins always; otherwise by {@link #getVisibility()}
     * (ALUMNI_ONLY needs a verified alumnus, see {@link AlumniProof}: the role alone is self-chosen). Lists
     * (search, directory) apply their own audience filter on top.
     */
    public boolean isVisibleTo(String viewerId, Set<String> viewerRoles, boolean viewerIsVerifiedAlumnus) {
        if (userId.equals(viewerId) || viewerRoles.contains("ADMIN")) {
            return true;
        }
        return switch (visibility) {
            case SIGNED_IN -> true;
            case ALUMNI_ONLY -> viewerIsVerifiedAlumnus;
            case HIDDEN -> false;
        };
    }

    /** Whole years of experience, overlapping jobs counted once; entries with unreadable dates are skipped. */
    public int yearsOfExperience(YearMonth today) {
        List<YearMonth[]> spans = new ArrayList<>();
        for (Experience e : experience) {
            try {
                YearMonth start = YearMonth.parse(e.startDate());
                YearMonth end = e.current() || e.endDate() == null ? today : YearMonth.parse(e.endDate());
                if (!end.isBefore(start)) {
                    spans.add(new YearMonth[] {start, end});
                }
            } catch (DateTimeParseException | NullPointerException ignored) {
                // validation rejects such dates on write; old data must not break the event
            }
        }
        spans.sort(Comparator.comparing(s -> s[0]));
        long months = 0;
        YearMonth coveredUntil = null;
        for (YearMonth[] span : spans) {
            YearMonth from = coveredUntil != null && !span[0].isAfter(coveredUntil) ? coveredUntil.plusMonths(1)
                    : span[0];
            if (!span[1].isBefore(from)) {
                months += from.until(span[1], ChronoUnit.MONTHS) + 1;
                coveredUntil = span[1];
            }
        }
        return (int) (months / 12);
    }

    public int yearsOfExperience() {
        return yearsOfExperience(YearMonth.now(ZoneOffset.UTC));
    }

    private void touch(Instant now) {
        updatedAt = now;
        completionPercentage = ProfileCompletion.of(this);
    }

    private static <T> List<T> copy(List<T> list) {
        return list == null ? new ArrayList<>() : new ArrayList<>(list);
    }

    private static String requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }

    public String getUserId() {
        return userId;
    }

    public String getRole() {
        return role;
    }

    public String getEmail() {
        return email;
    }

    public String getName() {
        return name;
    }

    public String getHeadline() {
        return headline;
    }

    public String getBio() {
        return bio;
    }

    /** The service URL of the photo, or null without one. */
    public String getPhotoUrl() {
        return photo == null ? null : "/api/profiles/" + userId + "/photo";
    }

    public String getCurrentCompany() {
        return currentCompany;
    }

    public String getCurrentRole() {
        return currentRole;
    }

    public String getLocation() {
        return location;
    }

    public Industry getIndustry() {
        return industry;
    }

    public Integer getBatchYear() {
        return batchYear;
    }

    public List<Experience> getExperience() {
        return Collections.unmodifiableList(experience);
    }

    public List<Education> getEducation() {
        return Collections.unmodifiableList(education);
    }

    public List<String> getSkills() {
        return Collections.unmodifiableList(skills);
    }

    public List<String> getAchievements() {
        return Collections.unmodifiableList(achievements);
    }

    public Map<String, String> getSocialLinks() {
        return Collections.unmodifiableMap(socialLinks);
    }

    public String getPhone() {
        return phone;
    }

    public Visibility getVisibility() {
        return visibility;
    }

    public ContactVisibility getContactVisibility() {
        return contactVisibility;
    }

    public VerificationStatus getVerificationStatus() {
        return verificationStatus;
    }

    public boolean isVerified() {
        return verificationStatus == VerificationStatus.VERIFIED;
    }

    public Instant getVerificationRequestedAt() {
        return verificationRequestedAt;
    }

    public String getVerifiedBy() {
        return verifiedBy;
    }

    public Instant getVerifiedAt() {
        return verifiedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }

    public int getCompletionPercentage() {
        return completionPercentage;
    }

    public StoredFile getCv() {
        return cv;
    }

    public Instant getCvUploadedAt() {
        return cvUploadedAt;
    }

    public StoredFile getPhoto() {
        return photo;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Long getVersion() {
        return version;
    }
}
