package org.alumniportal.gateway.security;

import org.alumniportal.gateway.problem.ProblemWriter;
import org.alumniportal.gateway.web.SecurityHeaders;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.web.cors.reactive.CorsConfigurationSource;

/**
 * Stateless resource server: everything needs a valid Keycloak access token except the anonymous auth
 * endpoints, {@code /api/health}, the alumni-card verification a QR code leads to (whoever scans a card has no
 * account; the token in the code is signed and expiring, and the caller's address is rate-limited), the Swagger
 * UI with the OpenAPI documents, and the actuator health probes.
 * The JWT decoder is Boot's (issuer-uri: issuer, JWKS signature, expiry), plus the revocation validator bean.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfig {

    static final String CARD_VERIFY = "/api/alumni-card/verify";
    static final String CARD_VERIFY_PHOTO = "/api/alumni-card/verify/photo";
    /** One-click unsubscribe from a mail: its signed token is the credential (notification-service checks it). */
    static final String NOTIFICATION_UNSUBSCRIBE = "/api/notifications/unsubscribe";

    @Bean
    SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, ProblemWriter problems,
            CorsConfigurationSource cors, SecurityHeaders securityHeaders) {
        ProblemAuthenticationEntryPoint unauthorized = new ProblemAuthenticationEntryPoint(problems);
        ProblemAccessDeniedHandler forbidden = new ProblemAccessDeniedHandler(problems);
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                // No login redirects to return to: the default cache opened a WebSession on every request,
                // which costs two thread hops (session ids are made off the event loop).
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .cors(spec -> spec.configurationSource(cors))
                .headers(securityHeaders.spec())
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(HttpMethod.POST, AuthEndpoints.ANONYMOUS.toArray(String[]::new)).permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/health").permitAll()
                        .pathMatchers(HttpMethod.GET, CARD_VERIFY, CARD_VERIFY_PHOTO).permitAll()
                        .pathMatchers(HttpMethod.POST, CARD_VERIFY).permitAll()
                        .pathMatchers(HttpMethod.GET, NOTIFICATION_UNSUBSCRIBE).permitAll()
                        .pathMatchers(HttpMethod.POST, NOTIFICATION_UNSUBSCRIBE).permitAll()
                        .pathMatchers("/swagger-ui.html", "/swagger-ui/**", "/webjars/**", "/v3/api-docs",
                                "/v3/api-docs/**").permitAll()
                        .pathMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .anyExchange().authenticated())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(realmRoleConverter()))
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthorized)
                        .accessDeniedHandler(forbidden))
                .build();
    }

    private static ReactiveJwtAuthenticationConverterAdapter realmRoleConverter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new RealmRoles());
        converter.setPrincipalClaimName("sub");
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
