package org.alumniportal.profile.card;

import java.time.Clock;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CardProperties.class)
class CardConfiguration {

    @Bean
    CardTokens cardTokens(CardProperties properties, Clock clock) {
        return new CardTokens(properties.signingKey(), clock);
    }
}
