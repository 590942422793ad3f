package org.alumniportal.platform.skills;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class SkillNormalizerTest {

    private final SkillNormalizer skills = new SkillNormalizer();

    @Test
    void synonymsBecomeOneCanonicalSpelling() {
        assertThat(skills.normalize("js")).isEqualTo("JavaScript");
        assertThat(skills.normalize("k8s")).isEqualTo("Kubernetes");
        assertThat(skills.normalize("springboot")).isEqualTo("Spring Boot");
        assertThat(skills.normalize("Spring-Boot")).isEqualTo("Spring Boot");
        assertThat(skills.normalize("golang")).isEqualTo("Go");
        assertThat(skills.normalize("NodeJS")).isEqualTo("Node.js");
    }

    @Test
    void caseAndSpacingDoNotMatter() {
        assertThat(skills.normalize("  JAVASCRIPT ")).isEqualTo("JavaScript");
        assertThat(skills.normalize("machine   learning")).isEqualTo("Machine Learning");
        assertThat(skills.normalize("postgres")).isEqualTo("PostgreSQL");
    }

    @Test
    void symbolsThatChangeMeaningAreKept() {
        assertThat(skills.normalize("c++")).isEqualTo("C++");
        assertThat(skills.normalize("C#")).isEqualTo("C#");
        assertThat(skills.normalize("c")).isEqualTo("C");
    }

    @Test
    void unknownSkillsKeepTheirSpellingWithTidiedWhitespace() {
        assertThat(skills.normalize(" Quantum   Annealing ")).isEqualTo("Quantum Annealing");
        assertThat(skills.normalize("kotlin multiplatform")).isEqualTo("Kotlin multiplatform");
        assertThat(skills.normalize("SwiftUI")).isEqualTo("SwiftUI");
    }

    @Test
    void listsLoseBlanksAndDuplicatesAfterNormalisation() {
        List<String> normalized = skills.normalizeAll(Arrays.asList("js", "JavaScript", " ", null, "k8s",
                "Kubernetes", "sql"));

        assertThat(normalized).containsExactly("JavaScript", "Kubernetes", "SQL");
        assertThat(skills.normalizeAll(null)).isEmpty();
    }
}
