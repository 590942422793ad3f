package org.alumniportal.platform.web;

import java.util.List;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import io.micrometer.tracing.Tracer;
import io.swagger.v3.oas.models.servers.Server;
import tools.jackson.databind.json.JsonMapper;

/** problem+json for every error, and the trace id header. Each bean steps aside for a service's own. */
@AutoConfiguration(before = {WebMvcAutoConfiguration.class, ErrorMvcAutoConfiguration.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PortalWebAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }

    @Bean
    @ConditionalOnMissingBean
    ProblemResponseWriter problemResponseWriter(JsonMapper json) {
        return new ProblemResponseWriter(json);
    }

    @Bean
    @ConditionalOnMissingBean(ErrorController.class)
    ProblemErrorController problemErrorController() {
        return new ProblemErrorController();
    }

    /**
     * Every client reaches a service through the gateway, so "Try it out" in the gateway's Swagger UI must
     * call the gateway's origin, not the service's own address (which CORS would refuse anyway).
     */
    @Bean
    @ConditionalOnMissingBean(name = "gatewayRelativeServer")
    OpenApiCustomizer gatewayRelativeServer() {
        return openApi -> openApi.setServers(List.of(new Server().url("/").description("through the gateway")));
    }

    /** Right after Boot's observation filter (HIGHEST_PRECEDENCE + 1), which starts the request's span. */
    @Bean
    @ConditionalOnMissingBean(name = "traceIdHeaderFilter")
    FilterRegistrationBean<TraceIdHeaderFilter> traceIdHeaderFilter(ObjectProvider<Tracer> tracer) {
        FilterRegistrationBean<TraceIdHeaderFilter> registration =
                new FilterRegistrationBean<>(new TraceIdHeaderFilter(tracer));
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
        return registration;
    }
}
