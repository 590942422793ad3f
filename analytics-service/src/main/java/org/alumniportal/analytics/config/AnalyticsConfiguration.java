package org.alumniportal.analytics.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for "now" (open jobs, upcoming events, recency decay), so tests can replace it. */
@Configuration(proxyBeanMethods = false)
class AnalyticsConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
