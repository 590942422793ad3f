package org.alumniportal.gateway.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A backend service on a local port that answers every request with {@code {"service", "path"}} (204 for a
 * logout, an OpenAPI document at {@code /v3/api-docs}) and remembers what it received.
 */
public final class StubService implements AutoCloseable {

    public record Received(String method, String path, Map<String, List<String>> headers, String body) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final String name;
    private final HttpServer server;
    private final ConcurrentLinkedDeque<Received> received = new ConcurrentLinkedDeque<>();
    private final Map<String, java.util.function.Function<Received, Reply>> answers =
            new java.util.concurrent.ConcurrentHashMap<>();

    /** A scripted answer for one path, in place of the echo. */
    public record Reply(int status, String json) {
    }

    /** From now on answers requests for {@code path} with what {@code answer} returns for each. */
    public void answer(String path, java.util.function.Function<Received, Reply> answer) {
        answers.put(path, answer);
    }

    private StubService(String name, HttpServer server) {
        this.name = name;
        this.server = server;
    }

    public static StubService start(String name) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            StubService stub = new StubService(name, server);
            server.createContext("/", stub::handle);
            server.start();
            return stub;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String requestBody = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        String path = exchange.getRequestURI().getPath();
        Received request = new Received(exchange.getRequestMethod(), path, Map.copyOf(exchange.getRequestHeaders()),
                requestBody);
        received.add(request);
        var scripted = answers.get(path);
        if (scripted != null) {
            Reply reply = scripted.apply(request);
            byte[] replyBody = reply.json().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(reply.status(), replyBody.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(replyBody);
            }
            return;
        }
        if (path.equals("/api/auth/logout")) {
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
            return;
        }
        String json = path.equals("/v3/api-docs")
                ? "{\"openapi\":\"3.1.0\",\"info\":{\"title\":\"" + name + "\",\"version\":\"1\"},\"paths\":{}}"
                : "{\"service\":\"" + name + "\",\"path\":\"" + path + "\"}";
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    public String name() {
        return name;
    }

    public String uri() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public Received lastReceived() {
        return received.peekLast();
    }

    /** The last request for {@code path}, if any. */
    public Received lastReceived(String path) {
        return received.stream().filter(r -> r.path().equals(path)).reduce((a, b) -> b).orElse(null);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
