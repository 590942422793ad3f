package org.alumniportal.job.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SkillNormalizerTest {

    @Test
    void synonymsCaseAndSpacingBecomeOneCanonicalSpelling() {
        assertThat(SkillNormalizer.normalise("js")).isEqualTo("JavaScript");
        assertThat(SkillNormalizer.normalise("  JavaScript ")).isEqualTo("JavaScript");
        assertThat(SkillNormalizer.normalise("SPRING   boot")).isEqualTo("Spring Boot");
        assertThat(SkillNormalizer.normalise("k8s")).isEqualTo("Kubernetes");
        assertThat(SkillNormalizer.normalise("golang")).isEqualTo("Go");
    }

    @Test
    void unknownSkillsKeepTheirSpellingWithTidiedSpaces() {
        assertThat(SkillNormalizer.normalise("  Quantum   Basket Weaving ")).isEqualTo("Quantum Basket Weaving");
    }

    @Test
    void aListLosesBlanksAndDuplicatesButKeepsItsOrder() {
        List<String> skills = SkillNormalizer.normalise(Arrays.asList("js", "Java", " ", null, "JAVASCRIPT", "java",
                "Elm", "elm"));

        assertThat(skills).containsExactly("JavaScript", "Java", "Elm");
        assertThat(SkillNormalizer.normalise((List<String>) null)).isEmpty();
    }
}
