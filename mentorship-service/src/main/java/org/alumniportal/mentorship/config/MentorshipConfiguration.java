package org.alumniportal.mentorship.config;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** One clock for every timestamp and "upcoming" check, so tests can replace it; scheduling for reminders. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class MentorshipConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
