package org.alumniportal.community.testing;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Puts a {@link MutableClock} in place of the service's clock. Only ever moved forward: ITs share it. */
@TestConfiguration(proxyBeanMethods = false)
public class MovableTimeConfiguration {

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock();
    }
}
