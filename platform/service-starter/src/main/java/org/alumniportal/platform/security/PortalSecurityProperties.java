package org.alumniportal.platform.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param publicPaths extra paths open without a token ({@code portal.security.public-paths}, Spring path
 *                    patterns such as {@code /api/auth/login} or {@code /api/jobs/public/**})
 */
@ConfigurationProperties("portal.security")
public record PortalSecurityProperties(@DefaultValue List<String> publicPaths) {

    public PortalSecurityProperties {
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
