package org.alumniportal.auth.identity;

import java.time.Duration;

import org.alumniportal.platform.config.RequiredSecret;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Keycloak is and the confidential client auth-service uses for both the admin API (client
 * credentials of its service account) and the users' password and refresh grants.
 */
@ConfigurationProperties("portal.auth.keycloak")
public record KeycloakProperties(
        @DefaultValue("http://127.0.0.1:8180") String url,
        @DefaultValue("alumni") String realm,
        @DefaultValue("portal-api") String clientId,
        String clientSecret,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration readTimeout) {

    public KeycloakProperties {
        RequiredSecret.require(clientSecret, "PORTAL_KEYCLOAK_CLIENT_SECRET");
    }

    String tokenEndpoint() {
        return url + "/realms/" + realm + "/protocol/openid-connect/token";
    }

    @Override
    public String toString() {
        return "KeycloakProperties[url=" + url + ", realm=" + realm + ", clientId=" + clientId + "]";
    }
}
