package org.alumniportal.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alumniportal.gateway.GatewayApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** Outside the local profile the gateway has no internal token to fall back on: it stops at start naming it. */
class SecretsOutsideLocalProfileIT {

    @Test
    void startWithoutLocalProfileAndWithoutInternalTokenFailsNamingIt() {
        assertThatThrownBy(() -> {
            try (ConfigurableApplicationContext ignored = new SpringApplicationBuilder(GatewayApplication.class)
                    .run("--server.port=0", "--eureka.client.enabled=false",
                            "--spring.kafka.bootstrap-servers=127.0.0.1:1")) {
                throw new AssertionError("the gateway started without PORTAL_INTERNAL_TOKEN");
            }
        }).satisfies(failure -> {
            StringBuilder messages = new StringBuilder();
            for (Throwable t = failure; t != null; t = t.getCause()) {
                messages.append(t.getMessage()).append('\n');
            }
            assertThat(messages.toString()).contains("PORTAL_INTERNAL_TOKEN is not set");
        });
    }
}
