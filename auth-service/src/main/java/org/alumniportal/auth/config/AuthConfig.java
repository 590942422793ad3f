package org.alumniportal.auth.config;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableAsync;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityScheme;

/** The clock every expiry is measured with (tests move it), and asynchronous mail sending. */
@Configuration(proxyBeanMethods = false)
@EnableAsync
@OpenAPIDefinition(info = @Info(title = "Alumni Portal: auth-service", version = "v1", description = """
        Registration with e-mail verification by a 6-digit code, login and refresh (token responses keep their \
        RFC 6749 names), password reset by mailed single-use token, logout, and role administration. Keycloak \
        holds the users and sessions. Errors are RFC 9457 application/problem+json with a stable type \
        https://alumni-portal.dev/problems/<slug>."""))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT")
class AuthConfig {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
