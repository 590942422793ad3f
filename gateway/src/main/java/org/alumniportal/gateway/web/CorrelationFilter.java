package org.alumniportal.gateway.web;

import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.observation.ServerRequestObservationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.handler.TracingObservationHandler;
import reactor.core.publisher.Mono;

/**
 * Every response carries {@code X-Trace-Id} (the Micrometer/Brave trace the gateway started, propagated to
 * the services) and {@code X-Request-Id} (the client's own, echoed when it is sane, otherwise a new one,
 * also passed on to the service). Runs first, so that refusals by the security chain carry them too.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class CorrelationFilter implements WebFilter {

    static final String TRACE_ID = "X-Trace-Id";
    static final String REQUEST_ID = "X-Request-Id";
    private static final Pattern SANE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String incoming = exchange.getRequest().getHeaders().getFirst(REQUEST_ID);
        String requestId = incoming != null && SANE_REQUEST_ID.matcher(incoming).matches()
                ? incoming : UUID.randomUUID().toString();
        String traceId = currentTraceId(exchange).orElseGet(CorrelationFilter::randomTraceId);
        HttpHeaders responseHeaders = exchange.getResponse().getHeaders();
        responseHeaders.set(TRACE_ID, traceId);
        responseHeaders.set(REQUEST_ID, requestId);
        // The proxied response's headers are copied in later; ours stay the only values.
        exchange.getResponse().beforeCommit(() -> {
            responseHeaders.set(TRACE_ID, traceId);
            responseHeaders.set(REQUEST_ID, requestId);
            return Mono.empty();
        });
        ServerWebExchange withId = exchange.mutate()
                .request(request -> request.headers(headers -> headers.set(REQUEST_ID, requestId)))
                .build();
        return chain.filter(withId);
    }

    private static Optional<String> currentTraceId(ServerWebExchange exchange) {
        return ServerRequestObservationContext.findCurrent(exchange.getAttributes())
                .map(context -> context.<TracingObservationHandler.TracingContext>get(
                        TracingObservationHandler.TracingContext.class))
                .map(TracingObservationHandler.TracingContext::getSpan)
                .map(Span::context)
                .map(TraceContext::traceId)
                .filter(id -> !id.isBlank());
    }

    private static String randomTraceId() {
        byte[] bytes = new byte[16];
        ThreadLocalRandom.current().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
