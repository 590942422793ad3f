package org.alumniportal.localstack.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdksTest {

    @TempDir
    Path jvms;

    @Test
    void theNewestInstalledJdkOf21OrLaterIsPickedWhenJavaHomeIsTooOld() throws IOException {
        Path java17 = jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("java-21-openjdk-amd64", "21.0.7");
        Path temurin25 = jdk("temurin-25-jdk-amd64", "25.0.1");

        Path found = Jdks.find(Map.of("JAVA_HOME", java17.toString()), java17, List.of(jvms));

        assertThat(found).isEqualTo(temurin25);
    }

    @Test
    void javaHomeIsUsedWhenItIsRecentEnough() throws IOException {
        Path java21 = jdk("custom-21", "21");
        jdk("temurin-25-jdk-amd64", "25.0.1");

        assertThat(Jdks.find(Map.of("JAVA_HOME", java21.toString()), jdk("old", "17.0.1"), List.of(jvms))).isEqualTo(java21);
    }

    @Test
    void keycloakJavaHomeWinsAndAnOldOneIsRefusedClearly() throws IOException {
        Path java17 = jdk("java-17", "17.0.15");
        Path java25 = jdk("java-25", "25");

        assertThat(Jdks.find(Map.of("KEYCLOAK_JAVA_HOME", java25.toString()), java17, List.of(jvms))).isEqualTo(java25);
        assertThatThrownBy(() -> Jdks.find(Map.of("KEYCLOAK_JAVA_HOME", java17.toString()), java25, List.of(jvms)))
                .hasMessageContaining("KEYCLOAK_JAVA_HOME=" + java17).hasMessageContaining("Java 17")
                .hasMessageContaining("21 or newer");
    }

    @Test
    void withoutAnyJdk21TheMessageNamesEveryPlaceItLooked() throws IOException {
        Path java17 = jdk("java-17-openjdk-amd64", "17.0.15");
        jdk("java-8", "1.8.0_402");

        assertThatThrownBy(() -> Jdks.find(Map.of("JAVA_HOME", java17.toString()), java17, List.of(jvms)))
                .hasMessageContaining("KEYCLOAK_JAVA_HOME (not set)")
                .hasMessageContaining("JAVA_HOME=" + java17 + " (Java 17)")
                .hasMessageContaining(jvms + "/*")
                .hasMessageContaining("java-8 (Java 8)")
                .hasMessageContaining("set KEYCLOAK_JAVA_HOME");
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(jvms.resolve(name));
        Files.writeString(home.resolve("release"), "IMPLEMENTOR=\"Test\"\nJAVA_VERSION=\"" + version + "\"\n");
        Path java = Files.createDirectories(home.resolve("bin")).resolve("java");
        Files.writeString(java, "#!/bin/sh\n");
        java.toFile().setExecutable(true);
        return home;
    }
}
