package org.alumniportal.e2e;

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
        stack.stopAndCheck();
    }
}
