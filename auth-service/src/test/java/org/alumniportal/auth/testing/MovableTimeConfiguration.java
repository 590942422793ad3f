package org.alumniportal.auth.testing;

import java.time.Instant;

import org.alumniportal.platform.test.MutableClock;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts a {@link MutableClock} in place of the service's clock, so ITs can let codes and cooldowns run out. */
@TestConfiguration(proxyBeanMethods = false)
public class MovableTimeConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(Instant.now());
    }
}
