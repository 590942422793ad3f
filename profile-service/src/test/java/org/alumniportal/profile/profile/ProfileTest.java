package org.alumniportal.profile.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.alumniportal.platform.web.PortalException;

class ProfileTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void verificationRequestThenApprovalMarksTheProfileVerified() {
        Profile profile = profile(Visibility.SIGNED_IN);

        profile.requestVerification(NOW);
        assertThat(profile.getVerificationStatus()).isEqualTo(VerificationStatus.PENDING);
        profile.verify("admin-1", NOW);

        assertThat(profile.isVerified()).isTrue();
        assertThat(profile.getVerifiedBy()).isEqualTo("admin-1");
        assertThat(profile.getVerifiedAt()).isEqualTo(NOW);
    }

    @Test
    void rejectingAVerifiedProfileWithdrawsTheVerification() {
        Profile profile = profile(Visibility.SIGNED_IN);
        profile.verify("admin-1", NOW);

        boolean wasVerified = profile.reject("admin-2", " fake degree ", NOW);

        assertThat(wasVerified).isTrue();
        assertThat(profile.getVerificationStatus()).isEqualTo(VerificationStatus.REJECTED);
        assertThat(profile.getRejectionReason()).isEqualTo("fake degree");
        assertThat(profile.getVerifiedBy()).isNull();
    }

    @Test
    void aRejectionNeedsAReasonAndSomethingToReject() {
        Profile profile = profile(Visibility.SIGNED_IN);

        assertThatThrownBy(() -> profile.reject("admin-1", "why", NOW)).isInstanceOfSatisfying(
                PortalException.class, e -> assertThat(e.type()).isEqualTo("nothing-to-reject"));
        profile.requestVerification(NOW);
        assertThatThrownBy(() -> profile.reject("admin-1", " ", NOW)).isInstanceOf(IllegalArgumentException.class);
        assertThat(profile.getVerificationStatus()).isEqualTo(VerificationStatus.PENDING);
    }

    @Test
    void aVerifiedProfileCannotAskOrBeVerifiedAgain() {
        Profile profile = profile(Visibility.SIGNED_IN);
        profile.verify("admin-1", NOW);

        assertThatThrownBy(() -> profile.requestVerification(NOW)).isInstanceOf(PortalException.class);
        assertThatThrownBy(() -> profile.verify("admin-1", NOW)).isInstanceOf(PortalException.class);
    }

    @Test
    void visibilityDecidesWhoSeesTheProfile() {
        Profile hidden = profile(Visibility.HIDDEN);
        Profile alumniOnly = profile(Visibility.ALUMNI_ONLY);
        Profile open = profile(Visibility.SIGNED_IN);

        assertThat(hidden.isVisibleTo("other", Set.of("ALUMNI"), true)).isFalse();
        assertThat(hidden.isVisibleTo("u1", Set.of("ALUMNI"), false)).isTrue();
        assertThat(hidden.isVisibleTo("admin", Set.of("ADMIN"), false)).isTrue();
        assertThat(alumniOnly.isVisibleTo("other", Set.of("STUDENT"), false)).isFalse();
        assertThat(alumniOnly.isVisibleTo("other", Set.of("ALUMNI"), false))
                .as("the ALUMNI role alone is self-chosen at registration").isFalse();
        assertThat(alumniOnly.isVisibleTo("other", Set.of("ALUMNI"), true)).isTrue();
        assertThat(open.isVisibleTo("other", Set.of("RECRUITER"), false)).isTrue();
    }

    @Test
    void overlappingJobsCountOnceInYearsOfExperience() {
        Profile profile = Profile.create("u1", "ALUMNI", null, new ProfileDetails("Ada", null, null, null, null, null,
                null, List.of(new Experience("A", "Dev", "2015-01", "2018-12", false, null),
                        new Experience("B", "Dev", "2017-01", "2019-12", false, null),
                        new Experience("C", "Dev", "2024-01", null, true, null)),
                List.of(), List.of(), List.of(), Map.of(), null, null, null), NOW);

        // 2015-01..2019-12 = 60 months, 2024-01..2026-11 = 35 months → 95 months = 7 whole years
        assertThat(profile.yearsOfExperience(YearMonth.of(2026, 11))).isEqualTo(7);
    }

    @Test
    void contactFieldsAreHiddenFromOthersUnlessOpened() {
        Profile profile = Profile.create("u1", "ALUMNI", "ada@x.io", new ProfileDetails("Ada", null, null, null, null,
                null, null, List.of(), List.of(), List.of(), List.of(), Map.of("github", "https://github.com/a"),
                "+1 555 0100", null, new ContactVisibility(false, true, false)), NOW);
        var other = new org.alumniportal.platform.security.CurrentUser("u2", null, null, Set.of("ALUMNI"), null);
        var owner = new org.alumniportal.platform.security.CurrentUser("u1", null, null, Set.of("ALUMNI"), null);

        ProfileView seen = ProfileView.of(profile, other);
        ProfileView mine = ProfileView.of(profile, owner);

        assertThat(seen.email()).isNull();
        assertThat(seen.phone()).isEqualTo("+1 555 0100");
        assertThat(seen.socialLinks()).isNull();
        assertThat(mine.email()).isEqualTo("ada@x.io");
        assertThat(mine.socialLinks()).containsKey("github");
    }

    static ProfileDetails details(String name, List<String> skills) {
        return new ProfileDetails(name, null, null, null, null, null, null, List.of(), List.of(), skills, List.of(),
                Map.of(), null, null, null);
    }

    private static Profile profile(Visibility visibility) {
        return Profile.create("u1", "ALUMNI", "a@b.c", new ProfileDetails("Ada", null, null, null, null, null, null,
                List.of(), List.of(), List.of(), List.of(), Map.of(), null, visibility, null), NOW);
    }
}
