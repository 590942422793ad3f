package org.alumniportal.auth.identity;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.alumniportal.localstack.FreePorts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class KeycloakIdentityProviderTest {

    private final KeycloakIdentityProvider unreachable = new KeycloakIdentityProvider(
            new KeycloakProperties("http://127.0.0.1:" + FreePorts.next(), "alumni", "portal-api", "secret",
                    Duration.ofSeconds(1), Duration.ofSeconds(1)),
            JsonMapper.builder().build());

    @AfterEach
    void close() {
        unreachable.close();
    }

    @Test
    void anUnreachableKeycloakIsReportedAsUnavailableForAdminCallsAndGrants() {
        assertThatThrownBy(() -> unreachable.findByEmail("ada@example.edu"))
                .isInstanceOf(IdentityProviderUnavailableException.class)
                .hasFieldOrPropertyWithValue("type", "identity-unavailable");
        assertThatThrownBy(() -> unreachable.passwordGrant("ada@example.edu", "Analytical#Engine1843"))
                .isInstanceOf(IdentityProviderUnavailableException.class);
    }
}
