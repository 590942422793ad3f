package org.alumniportal.profile.profile;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.alumniportal.platform.events.Industry;
import org.alumniportal.platform.security.CurrentUser;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * A profile as an API caller may see it: the one place where privacy is applied to a single profile. The owner
 * and admins see everything; others never see the verification internals, CV details or the contact fields the
 * owner did not open ({@code contactVisibility}). Whether the caller may see the profile at all is
 * {@link Profile#isVisibleTo}, checked before.
 */
public record ProfileView(String userId, String role, String email, String name, String headline, String bio,
        String photoUrl, String currentCompany, String currentRole, String location, Integer batchYear,
        List<Experience> experience, List<Education> education, List<String> skills, List<String> achievements,
        Map<String, String> socialLinks, String phone, Visibility visibility, ContactVisibility contactVisibility,
        VerificationStatus verificationStatus, boolean verified, String verifiedBy, Instant verifiedAt,
        String rejectionReason, int completionPercentage, boolean hasCv, CvInfo cv, Instant createdAt,
        Instant updatedAt, @Schema(nullable = true) Industry industry) {

    /** CV metadata for the owner and admins; {@code downloadUrl} is authorised per caller. */
    public record CvInfo(String fileName, String contentType, long size, Instant uploadedAt, String downloadUrl) {
    }

    public static ProfileView of(Profile p, CurrentUser viewer) {
        boolean full = p.getUserId().equals(viewer.id()) || viewer.hasRole("ADMIN");
        return full ? full(p) : restricted(p);
    }

    /** Everything: for the owner, admins and the owner's own data export. */
    public static ProfileView full(Profile p) {
        CvInfo cv = p.getCv() == null ? null : new CvInfo(p.getCv().originalName(), p.getCv().contentType(),
                p.getCv().size(), p.getCvUploadedAt(), "/api/profiles/" + p.getUserId() + "/cv");
        return new ProfileView(p.getUserId(), p.getRole(), p.getEmail(), p.getName(), p.getHeadline(), p.getBio(),
                p.getPhotoUrl(), p.getCurrentCompany(), p.getCurrentRole(), p.getLocation(), p.getBatchYear(),
                p.getExperience(), p.getEducation(), p.getSkills(), p.getAchievements(), p.getSocialLinks(),
                p.getPhone(), p.getVisibility(), p.getContactVisibility(), p.getVerificationStatus(), p.isVerified(),
                p.getVerifiedBy(), p.getVerifiedAt(), p.getRejectionReason(), p.getCompletionPercentage(),
                p.getCv() != null, cv, p.getCreatedAt(), p.getUpdatedAt(), p.getIndustry());
    }

    private static ProfileView restricted(Profile p) {
        ContactVisibility contact = p.getContactVisibility();
        return new ProfileView(p.getUserId(), p.getRole(), contact.showEmail() ? p.getEmail() : null, p.getName(),
                p.getHeadline(), p.getBio(), p.getPhotoUrl(), p.getCurrentCompany(), p.getCurrentRole(),
                p.getLocation(), p.getBatchYear(), p.getExperience(), p.getEducation(), p.getSkills(),
                p.getAchievements(), contact.showSocialLinks() ? p.getSocialLinks() : null,
                contact.showPhone() ? p.getPhone() : null, null, null, null, p.isVerified(), null,
                p.isVerified() ? p.getVerifiedAt() : null, null, p.getCompletionPercentage(), p.getCv() != null,
                null, p.getCreatedAt(), p.getUpdatedAt(), p.getIndustry());
    }
}
