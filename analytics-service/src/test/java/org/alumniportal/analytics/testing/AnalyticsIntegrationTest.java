package org.alumniportal.analytics.testing;

import org.alumniportal.platform.test.Api;
import java.time.Duration;
import java.util.UUID;

import org.alumniportal.platform.test.PortalIntegrationTest;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Base of analytics-service's {@code *IT}: the whole service on the shared embedded MongoDB and Kafka. All
 * subclasses share one context and one set of topics, so tests compare figures before and after their own events
 * (or use unique names) instead of counting on empty read models.
 */
public abstract class AnalyticsIntegrationTest extends PortalIntegrationTest {

    protected static final Duration WAIT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    @Autowired
    private KafkaTemplate<String, String> kafka;

    protected Api api;
    protected PortalEvents events;

    @BeforeEach
    void clients() {
        api = new Api(port);
        events = new PortalEvents(kafka);
    }

    protected static String admin() {
        return TestJwts.user("admin-" + UUID.randomUUID()).roles("ADMIN").bearer();
    }

    protected static String bearer(String userId, String... roles) {
        return TestJwts.user(userId).roles(roles).bearer();
    }

    protected static String newId(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    /** A capitalised word of letters only, unique per call: a skill or role no other test uses. */
    protected static String word(String prefix) {
        StringBuilder letters = new StringBuilder(prefix);
        java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
        for (int i = 0; i < 10; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }
}
