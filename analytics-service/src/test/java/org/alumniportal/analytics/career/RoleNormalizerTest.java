package org.alumniportal.analytics.career;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleNormalizerTest {

    @Test
    void spellingsOfOneRoleBecomeOne() {
        assertThat(RoleNormalizer.normalize("Sr. SDE")).isEqualTo("Senior Software Engineer");
        assertThat(RoleNormalizer.normalize("senior  software engineer")).isEqualTo("Senior Software Engineer");
        assertThat(RoleNormalizer.normalize("Software Eng II")).isEqualTo("Software Engineer II");
        assertThat(RoleNormalizer.normalize("Engg. Mgr")).isEqualTo("Engineer Manager");
    }

    @Test
    void aBlankRoleIsNone() {
        assertThat(RoleNormalizer.normalize("  ")).isNull();
        assertThat(RoleNormalizer.normalize("...")).isNull();
    }
}
