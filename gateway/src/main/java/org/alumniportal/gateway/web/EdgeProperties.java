package org.alumniportal.gateway.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * @param allowedOrigins CORS origins of the frontend(s) ({@code PORTAL_FRONTEND_ORIGIN}, comma-separated)
 * @param trustedProxies regular expression of proxy addresses whose {@code X-Forwarded-For} is believed;
 *                       empty: none, the TCP peer is the client
 * @param maxRequestSize larger bodies are refused with 413
 * @param strippedRequestHeaders identity headers removed from every incoming request (a prefix ends in {@code *})
 * @param contentSecurityPolicy the CSP on every response; it has to let the Swagger UI run
 * @param permissionsPolicy the Permissions-Policy on every response
 */
@ConfigurationProperties("portal.gateway.edge")
public record EdgeProperties(List<String> allowedOrigins, String trustedProxies, DataSize maxRequestSize,
        List<String> strippedRequestHeaders, String contentSecurityPolicy, String permissionsPolicy) {

    public EdgeProperties {
        allowedOrigins = allowedOrigins == null ? List.of()
                : allowedOrigins.stream().map(String::trim).filter(o -> !o.isEmpty()).toList();
        trustedProxies = trustedProxies == null ? "" : trustedProxies.trim();
        maxRequestSize = maxRequestSize == null ? DataSize.ofMegabytes(10) : maxRequestSize;
        strippedRequestHeaders = strippedRequestHeaders == null ? List.of() : List.copyOf(strippedRequestHeaders);
    }
}
