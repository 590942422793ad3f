package org.alumniportal.gateway.security;

import java.time.Clock;

import org.alumniportal.gateway.revocation.RevocationValidator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Puts {@link CachingJwtDecoder} in front of Boot's issuer-uri decoder, which stays the one place that decides
 * what a valid token is (JWKS signature, issuer, timestamps, revocation).
 */
@Configuration(proxyBeanMethods = false)
class AcceptedTokenCache {

    /** About 4 KB per token: a few MB of heap at most. */
    static final int MAX_TOKENS = 2_048;

    @Bean
    static BeanPostProcessor cachingJwtDecoder(ObjectProvider<RevocationValidator> revocation,
            ObjectProvider<Clock> clock) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof ReactiveJwtDecoder decoder && !(bean instanceof CachingJwtDecoder)) {
                    // Boot's default timestamp check (60 s skew) plus the revocation check, on every use.
                    return new CachingJwtDecoder(decoder,
                            new DelegatingOAuth2TokenValidator<>(new JwtTimestampValidator(), revocation.getObject()),
                            MAX_TOKENS, clock.getObject());
                }
                return bean;
            }
        };
    }
}
