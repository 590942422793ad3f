package org.alumniportal.platform.config;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Added as the last property source, below a service's application.yml, the environment and test
 * properties: a default here never wins against a value set anywhere else. (A shipped application.yml
 * in the starter jar would compete with the service's own one on the classpath.)
 */
public class PortalDefaults implements EnvironmentPostProcessor {

    public static final String SOURCE_NAME = "portalDefaults";

    static final Map<String, Object> DEFAULTS = defaults();

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.getPropertySources().contains(SOURCE_NAME)) {
            environment.getPropertySources().addLast(new MapPropertySource(SOURCE_NAME, DEFAULTS));
        }
    }

    private static Map<String, Object> defaults() {
        Map<String, Object> d = new LinkedHashMap<>();
        String strings = "org.apache.kafka.common.serialization.String";
        // Records are envelope JSON strings (brief: no Java type headers), keyed by the aggregate id.
        d.put("spring.kafka.producer.key-serializer", strings + "Serializer");
        d.put("spring.kafka.producer.value-serializer", strings + "Serializer");
        d.put("spring.kafka.consumer.key-deserializer", strings + "Deserializer");
        d.put("spring.kafka.consumer.value-deserializer", strings + "Deserializer");
        // Durable and duplicate-free on the producer side; the outbox relay waits for this acknowledgement.
        d.put("spring.kafka.producer.acks", "all");
        d.put("spring.kafka.producer.properties.enable.idempotence", "true");
        // A down broker must fail a send within seconds (the relay retries), not block a thread for a minute.
        d.put("spring.kafka.producer.properties.max.block.ms", "5000");
        d.put("spring.kafka.producer.properties.request.timeout.ms", "5000");
        d.put("spring.kafka.producer.properties.delivery.timeout.ms", "10000");
        d.put("spring.kafka.consumer.group-id", "${spring.application.name:portal-service}");
        d.put("spring.kafka.consumer.auto-offset-reset", "earliest");
        d.put("spring.kafka.admin.operation-timeout", "15s");
        // Offsets are committed once a second, not after every poll: under load a poll returns a record or two, and
        // a synchronous commit per poll cost the broker (its group coordinator) and each consumer as much as the
        // fetch itself. Every consumer dedupes by envelope id, so what a crash re-reads (at most a second of
        // records) is harmless; a stop or a rebalance commits what was processed.
        d.put("spring.kafka.listener.ack-mode", "time");
        d.put("spring.kafka.listener.ack-time", "1s");
        d.put("management.endpoints.web.exposure.include", "health,info");
        d.put("management.endpoint.health.probes.enabled", "true");
        // One server span per request is the trace; Spring Security's per-filter spans cost a good share of a fast
        // request's CPU and say nothing a log line does not.
        d.put("management.observations.enable.spring.security", "false");
        // The gateway's Swagger UI shows every service's document; /error is plumbing, not API.
        d.put("springdoc.paths-to-exclude", "/error");
        // Responses are JSON unless a method says otherwise (a PNG, a PDF); "*/*" tells a client generator nothing.
        d.put("springdoc.default-produces-media-type", "application/json");
        d.put("server.error.include-stacktrace", "never");
        d.put("server.error.include-message", "never");
        // Stored files (platform.files): one folder per service; FileTypes enforces the real per-kind caps,
        // so the servlet limit only has to stay above the largest of them.
        d.put("portal.files.local-root", "${PORTAL_DATA_DIR:./data}/files/${spring.application.name:portal-service}");
        // Spelled out because relaxed binding maps PORTAL_FILES_S3_PATHSTYLE, not the _PATH_STYLE people write.
        d.put("portal.files.s3.endpoint", "${PORTAL_FILES_S3_ENDPOINT:}");
        d.put("portal.files.s3.region", "${PORTAL_FILES_S3_REGION:us-east-1}");
        d.put("portal.files.s3.bucket", "${PORTAL_FILES_S3_BUCKET:}");
        d.put("portal.files.s3.path-style", "${PORTAL_FILES_S3_PATH_STYLE:false}");
        d.put("portal.files.s3.prefix", "${PORTAL_FILES_S3_PREFIX:${spring.application.name:portal-service}/}");
        d.put("portal.files.s3.access-key", "${PORTAL_FILES_S3_ACCESS_KEY:}");
        d.put("portal.files.s3.secret-key", "${PORTAL_FILES_S3_SECRET_KEY:}");
        // Synchronous calls between services (STYLE: an OpenFeign interface behind a circuit breaker and a timeout):
        // every @FeignClient runs inside a Resilience4j circuit breaker, and neither a dead nor a slow service holds
        // a request thread for long.
        d.put("spring.cloud.openfeign.circuitbreaker.enabled", "true");
        d.put("spring.cloud.openfeign.client.config.default.connect-timeout", "2000");
        d.put("spring.cloud.openfeign.client.config.default.read-timeout", "5000");
        d.put("resilience4j.timelimiter.configs.default.timeout-duration", "6s");
        d.put("resilience4j.circuitbreaker.configs.default.sliding-window-size", "20");
        d.put("resilience4j.circuitbreaker.configs.default.minimum-number-of-calls", "10");
        d.put("resilience4j.circuitbreaker.configs.default.failure-rate-threshold", "50");
        d.put("resilience4j.circuitbreaker.configs.default.wait-duration-in-open-state", "10s");
        // Spelled out for the same reason; ./portal sets it to 0s (OutboxProperties.sentRetention).
        d.put("portal.outbox.sent-retention", "${PORTAL_OUTBOX_SENT_RETENTION:1h}");
        d.put("spring.servlet.multipart.max-file-size", "12MB");
        d.put("spring.servlet.multipart.max-request-size", "13MB");
        return Map.copyOf(d);
    }
}
