package org.alumniportal.platform.openapi;

import java.util.ArrayList;
import java.util.List;

import org.alumniportal.platform.security.CurrentUser;
import org.alumniportal.platform.security.PortalSecurityProperties;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

/**
 * The service's OpenAPI document as the contract clients are generated from. {@link CurrentUser} comes from the
 * token, never from the request, so springdoc must not publish it as a required query parameter {@code user}.
 */
@AutoConfiguration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(SpringDocUtils.class)
@EnableConfigurationProperties(PortalSecurityProperties.class)
public class OpenApiAutoConfiguration {

    /** Paths the starter's security leaves open (PortalSecurityAutoConfiguration.OPEN_PATHS). */
    private static final List<String> OPEN_PATHS = List.of("/actuator/**", "/v3/api-docs/**", "/swagger-ui/**",
            "/error");

    static {
        SpringDocUtils.getConfig().addRequestWrapperToIgnore(CurrentUser.class);
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemResponsesCustomizer problemResponsesCustomizer(PortalSecurityProperties security) {
        List<String> open = new ArrayList<>(OPEN_PATHS);
        open.addAll(security.publicPaths());
        return new ProblemResponsesCustomizer(open);
    }
}
