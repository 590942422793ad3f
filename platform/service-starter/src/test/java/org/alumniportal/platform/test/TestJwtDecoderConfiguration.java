package org.alumniportal.platform.test;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/**
 * Replaces the Keycloak-backed decoder (Boot's backs off when a {@link JwtDecoder} bean exists) with one that
 * accepts {@link TestJwts} tokens. Import it in a slice test ({@code @WebMvcTest}) that needs tokens.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestJwtDecoderConfiguration {

    @Bean
    @Primary
    JwtDecoder testJwtDecoder() {
        return TestJwts.decoder();
    }
}
