package org.alumniportal.profile.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.alumniportal.platform.files.StoredFile;

class ProfileCompletionTest {

    private static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    @Test
    void weightsAddUpToAHundred() {
        assertThat(ProfileCompletion.WEIGHTS.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(100);
    }

    @Test
    void anEmptyProfileIsZeroAndAFullOneIsAHundred() {
        assertThat(Profile.create("u1", "ALUMNI", "a@b.c", ProfileTest.details(null, List.of()), NOW)
                .getCompletionPercentage()).isZero();

        Profile full = Profile.create("u1", "ALUMNI", "a@b.c", full(List.of("Java", "SQL", "Go")), NOW);
        full.replaceCv(file("cv/u1/a.pdf"), NOW);
        full.replacePhoto(file("photo/u1/a.png"), NOW);

        assertThat(full.getCompletionPercentage()).isEqualTo(100);
    }

    @Test
    void fewerThanThreeSkillsCountHalf() {
        int three = Profile.create("u1", "ALUMNI", null, full(List.of("Java", "SQL", "Go")), NOW)
                .getCompletionPercentage();
        int one = Profile.create("u1", "ALUMNI", null, full(List.of("Java")), NOW).getCompletionPercentage();
        int none = Profile.create("u1", "ALUMNI", null, full(List.of()), NOW).getCompletionPercentage();

        assertThat(three - one).isEqualTo(5);
        assertThat(one - none).isEqualTo(5);
    }

    @Test
    void uploadingACvRaisesCompletionByItsWeight() {
        Profile profile = Profile.create("u1", "ALUMNI", null, ProfileTest.details("Ada", List.of()), NOW);
        int before = profile.getCompletionPercentage();

        profile.replaceCv(file("cv/u1/a.pdf"), NOW);

        assertThat(profile.getCompletionPercentage()).isEqualTo(before + ProfileCompletion.WEIGHTS.get("cv"));
    }

    static ProfileDetails full(List<String> skills) {
        return new ProfileDetails("Ada", "Engineer", "Bio", "Acme", "Staff", "London", 2012,
                List.of(new Experience("Acme", "Staff", "2018-01", null, true, null)),
                List.of(new Education("Uni", "BSc", "CS", 2008, 2012)), skills, List.of("Prize"),
                Map.of("github", "https://github.com/ada"), null, null, null);
    }

    private static StoredFile file(String key) {
        return new StoredFile(key, "application/pdf", 10, "00", "x");
    }
}
