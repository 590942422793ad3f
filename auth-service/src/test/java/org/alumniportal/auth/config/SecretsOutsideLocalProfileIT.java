package org.alumniportal.auth.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.alumniportal.auth.AuthServiceApplication;
import org.alumniportal.platform.test.PortalInfrastructure;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Outside the local profile the committed development secrets must not apply: a deployment that forgets one
 * stops at start with a message naming the variable to set.
 */
class SecretsOutsideLocalProfileIT {

    /** Command-line arguments: they outrank application.yml, as the environment of a deployment would. */
    private static String[] infrastructure() {
        return new String[] {"--server.port=0", "--eureka.client.enabled=false",
                "--spring.mongodb.uri=" + PortalInfrastructure.shared().mongoUri(),
                "--spring.kafka.bootstrap-servers=" + PortalInfrastructure.shared().kafkaBootstrapServers(),
                "--portal.auth.admin.bootstrap=false"};
    }

    @Test
    void startWithoutLocalProfileAndWithoutSecretsFailsNamingTheSecret() {
        assertThatThrownBy(() -> start(Map.of()))
                .satisfies(failure -> assertThat(causes(failure))
                        .containsAnyOf("PORTAL_KEYCLOAK_CLIENT_SECRET is not set", "PORTAL_OTP_PEPPER is not set",
                                "PORTAL_INTERNAL_TOKEN is not set"));
    }

    @Test
    void eachMissingSecretIsNamedOnceTheOthersAreSet() {
        Map<String, Object> allButPepper = Map.of(
                "PORTAL_KEYCLOAK_CLIENT_SECRET", "from-the-environment",
                "PORTAL_INTERNAL_TOKEN", "from-the-environment");
        assertThatThrownBy(() -> start(allButPepper))
                .satisfies(failure -> assertThat(causes(failure)).contains("PORTAL_OTP_PEPPER is not set"));
    }

    private static void start(Map<String, Object> secrets) {
        try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(AuthServiceApplication.class)
                .properties(secrets).run(infrastructure())) {
            throw new AssertionError("auth-service started without its secrets");
        }
    }

    private static String causes(Throwable failure) {
        StringBuilder messages = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            messages.append(t.getMessage()).append('\n');
        }
        return messages.toString();
    }
}
