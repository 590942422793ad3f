package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs after every other class (see {@code junit-platform.properties}): stops the shared stack the way a
 * developer does and checks that nothing of it is left running.
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(SharedStackExtension.class)
class StackShutdownE2EIT {

    @Test
    void downLeavesNoProcessOfTheSuiteBehind(SharedStack stack) {
        List<ProcessHandle> suite = stack.processes();
        assertThat(suite).as("processes of the suite before down").hasSizeGreaterThanOrEqualTo(11);

        assertThat(stack.down()).as("exit code of ./portal down").isZero();

        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(suite).noneMatch(ProcessHandle::isAlive));
    }
}
