package org.alumniportal.platform.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.alumniportal.platform.test.PortalIntegrationTest;
import org.alumniportal.platform.testapp.DirectoryClient;
import org.alumniportal.platform.testapp.StarterTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.cloud.client.circuitbreaker.CircuitBreakerFactory;

/** A Feign client in a service built on the starter runs behind a Resilience4j circuit breaker and a timeout. */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SyncCallIT extends PortalIntegrationTest {

    @Autowired
    DirectoryClient directory;

    @Autowired
    CircuitBreakerFactory<?, ?> breakers;

    @Test
    void aCallToAServiceThatIsDownAnswersWithTheFallbackQuicklyInsteadOfAnError() {
        long started = System.nanoTime();

        Map<String, Object> answer = directory.profile("user-1");

        assertThat(answer).containsEntry("available", false).containsEntry("userId", "user-1");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(7));
        assertThat(breakers.getClass().getName()).contains("Resilience4J");
    }
}
