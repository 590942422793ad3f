package org.alumniportal.gateway.health;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** @param services the services the gateway routes to, reported by {@code /api/health} */
@ConfigurationProperties("portal.gateway.health")
record HealthProperties(List<String> services) {

    HealthProperties {
        services = services == null ? List.of() : List.copyOf(services);
    }
}
