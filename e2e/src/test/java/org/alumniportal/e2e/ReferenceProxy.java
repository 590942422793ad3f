package org.alumniportal.e2e;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.netty.handler.codec.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.client.HttpClient;
import reactor.netty.http.server.HttpServer;
import reactor.netty.resources.ConnectionProvider;

/**
 * The plainest reverse proxy there is, to price the gateway against: Reactor Netty (the gateway's own transport),
 * a fixed route by path prefix, keep-alive connections to the service, headers passed through minus the hop-by-hop
 * ones, and nothing else (no authentication, limits, tracing or metrics). What the gateway costs beyond this is
 * the price of what it does.
 */
final class ReferenceProxy implements AutoCloseable {

    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-connection",
            "transfer-encoding", "te", "trailer", "upgrade", "host");

    private final DisposableServer server;
    private final ConnectionProvider connections;

    /** {@code routes}: path prefix to the base URL of the service that serves it, longest prefix first. */
    ReferenceProxy(Map<String, String> routes) {
        List<Map.Entry<String, String>> table = routes.entrySet().stream()
                .sorted((a, b) -> b.getKey().length() - a.getKey().length()).toList();
        this.connections = ConnectionProvider.builder("reference-proxy").maxConnections(256).build();
        HttpClient client = HttpClient.create(connections).keepAlive(true);
        this.server = HttpServer.create().host("127.0.0.1").port(0).handle((request, response) -> {
            String base = table.stream().filter(e -> request.uri().startsWith(e.getKey())).map(Map.Entry::getValue)
                    .findFirst().orElse(null);
            if (base == null) {
                return response.status(404).send();
            }
            return client.headers(headers -> copy(request.requestHeaders(), headers))
                    .request(request.method()).uri(base + request.uri())
                    .send(request.receive().retain())
                    .response((upstream, body) -> {
                        response.status(upstream.status());
                        copy(upstream.responseHeaders(), response.responseHeaders());
                        return response.send(body.retain());
                    })
                    .then()
                    .onErrorResume(e -> response.status(502).send().then(Mono.empty()));
        }).bindNow();
    }

    String base() {
        return "http://127.0.0.1:" + server.port();
    }

    private static void copy(HttpHeaders from, HttpHeaders to) {
        from.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }

    @Override
    public void close() {
        server.disposeNow();
        connections.dispose();
    }
}
