package org.alumniportal.auth.bootstrap;

import java.time.Duration;

import org.alumniportal.platform.config.RequiredSecret;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The first ADMIN account (PORTAL_ADMIN_EMAIL / PORTAL_ADMIN_PASSWORD) and how patiently it is set up. */
@ConfigurationProperties("portal.auth.admin")
record AdminProperties(
        @DefaultValue("true") boolean bootstrap,
        @DefaultValue("admin@alumni-portal.local") String email,
        String password,
        @DefaultValue("Portal Administrator") String fullName,
        @DefaultValue("2s") Duration firstRetry,
        @DefaultValue("30s") Duration maxRetry) {

    AdminProperties {
        // Only the bootstrap needs the password; a deployment whose admin exists already may turn it off.
        if (bootstrap) {
            RequiredSecret.require(password, "PORTAL_ADMIN_PASSWORD");
        }
    }

    @Override
    public String toString() {
        return "AdminProperties[bootstrap=" + bootstrap + "]";
    }
}
