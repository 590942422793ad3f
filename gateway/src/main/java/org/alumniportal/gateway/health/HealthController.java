package org.alumniportal.gateway.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.cloud.client.discovery.ReactiveDiscoveryClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * The gateway is UP whenever it answers; each service is UP when the registry holds at least one instance
 * of it that is up (the instances the load balancer routes to), DOWN when none, UNKNOWN when the registry
 * could not be asked.
 */
@RestController
class HealthController {

    record Health(String status, Map<String, String> services) {
    }

    private final ReactiveDiscoveryClient discovery;
    private final HealthProperties properties;

    HealthController(ReactiveDiscoveryClient discovery, HealthProperties properties) {
        this.discovery = discovery;
        this.properties = properties;
    }

    @GetMapping("/api/health")
    Mono<Health> health() {
        return Flux.fromIterable(properties.services())
                .concatMap(service -> discovery.getInstances(service).hasElements()
                        .map(up -> Map.entry(service, up ? "UP" : "DOWN"))
                        .timeout(Duration.ofSeconds(2))
                        .onErrorReturn(Map.entry(service, "UNKNOWN")))
                .collect(LinkedHashMap<String, String>::new, (all, entry) -> all.put(entry.getKey(), entry.getValue()))
                .map(services -> new Health("UP", services));
    }
}
