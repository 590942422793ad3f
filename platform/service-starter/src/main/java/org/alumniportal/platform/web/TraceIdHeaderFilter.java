package org.alumniportal.platform.web;

import java.io.IOException;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.filter.OncePerRequestFilter;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Puts the current trace id on every response ({@code X-Trace-Id}), so a user's bug report can be matched to
 * the log lines of every service the request touched. Runs after Boot's observation filter, which opens the
 * span (continuing the gateway's {@code traceparent}), and before security, so 401s carry it too.
 */
class TraceIdHeaderFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Trace-Id";

    private final ObjectProvider<Tracer> tracer;

    TraceIdHeaderFilter(ObjectProvider<Tracer> tracer) {
        this.tracer = tracer;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Tracer current = tracer.getIfAvailable();
        TraceContext context = current == null ? null : current.currentTraceContext().context();
        if (context != null && context.traceId() != null && !context.traceId().isBlank()) {
            response.setHeader(HEADER, context.traceId());
        }
        chain.doFilter(request, response);
    }
}
