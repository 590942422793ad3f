package org.alumniportal.profile.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.validation.Validation;
import jakarta.validation.Validator;

import org.junit.jupiter.api.Test;

class ProfileRequestValidationTest {

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    @Test
    void batchYearRunsFrom1950ToSixYearsAhead() {
        int current = Year.now().getValue();

        assertThat(invalidFields(withBatchYear(1949))).contains("batchYear");
        assertThat(invalidFields(withBatchYear(1950))).isEmpty();
        assertThat(invalidFields(withBatchYear(current + 6))).isEmpty();
        assertThat(invalidFields(withBatchYear(current + 7))).contains("batchYear");
    }

    @Test
    void socialLinksMustBeKnownNetworksWithHttpUrls() {
        assertThat(invalidFields(withLinks(Map.of("github", "https://github.com/ada")))).isEmpty();
        assertThat(invalidFields(withLinks(Map.of("github", "javascript:alert(1)")))).isNotEmpty();
        assertThat(invalidFields(withLinks(Map.of("myspace", "https://myspace.com/ada")))).isNotEmpty();
    }

    @Test
    void atMostFiftySkills() {
        assertThat(invalidFields(withSkills(50))).isEmpty();
        assertThat(invalidFields(withSkills(51))).contains("skills");
    }

    @Test
    void anExperienceMayNotEndBeforeItStarts() {
        ProfileRequest request = new ProfileRequest("Ada", null, null, null, null, null, null,
                List.of(new ProfileRequest.ExperienceRequest("Acme", "Dev", "2020-05", "2019-01", false, null)),
                null, null, null, null, null, null, null);

        assertThat(invalidFields(request)).anyMatch(f -> f.startsWith("experience[0]"));
    }

    private Set<String> invalidFields(ProfileRequest request) {
        return validator.validate(request).stream().map(v -> v.getPropertyPath().toString())
                .collect(Collectors.toSet());
    }

    private static ProfileRequest withBatchYear(int year) {
        return new ProfileRequest("Ada", null, null, null, null, null, year, null, null, null, null, null, null,
                null, null);
    }

    private static ProfileRequest withLinks(Map<String, String> links) {
        return new ProfileRequest("Ada", null, null, null, null, null, null, null, null, null, null, links, null,
                null, null);
    }

    private static ProfileRequest withSkills(int count) {
        return new ProfileRequest("Ada", null, null, null, null, null, null, null, null,
                Collections.nCopies(count, "Java"), null, null, null, null, null);
    }
}
