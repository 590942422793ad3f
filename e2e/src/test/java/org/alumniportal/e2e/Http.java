package org.alumniportal.e2e;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small client for the gateway: every call returns status, headers, the raw bytes and, when the body is JSON,
 * the parsed tree. {@link #withHeader} gives a client that sends an extra header on every call (an API key).
 */
final class Http {

    record Response(int status, HttpHeaders headers, byte[] bytes, JsonNode json) {

        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        /** The body as text, for assertion messages and non-JSON answers. */
        String body() {
            return new String(bytes, StandardCharsets.UTF_8);
        }

        /** The RFC 9457 problem type's last segment ({@code https://alumni-portal.dev/problems/<slug>}). */
        String problemSlug() {
            if (json == null || !json.has("type")) {
                return null;
            }
            String type = json.path("type").asString();
            return type.substring(type.lastIndexOf('/') + 1);
        }

        /** Status, problem or body in one line: the description of a failed assertion. */
        String describe() {
            String text = body();
            return status + " " + (text.length() > 2000 ? text.substring(0, 2000) + "…" : text);
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final String base;
    private final Map<String, String> headers;

    Http(String base) {
        this(base, Map.of());
    }

    private Http(String base, Map<String, String> headers) {
        this.base = base;
        this.headers = Map.copyOf(headers);
    }

    /** This client with {@code name: value} on every request. */
    Http withHeader(String name, String value) {
        Map<String, String> more = new LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(base, more);
    }

    Response get(String path, String bearer) {
        return send(request(path, bearer).GET());
    }

    Response post(String path, Object body, String bearer) {
        return send(json(request(path, bearer), "POST", body));
    }

    Response put(String path, Object body, String bearer) {
        return send(json(request(path, bearer), "PUT", body));
    }

    Response patch(String path, Object body, String bearer) {
        return send(json(request(path, bearer), "PATCH", body));
    }

    Response delete(String path, String bearer) {
        return send(request(path, bearer).DELETE());
    }

    /** A multipart/form-data POST with one file part, as a browser's file input sends it. */
    Response upload(String path, String part, String fileName, String contentType, byte[] content, String bearer) {
        String boundary = "e2e-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"" + part + "\"; filename=\"" + fileName + "\"\r\n"
                + "Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(content);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return send(request(path, bearer).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private static HttpRequest.Builder json(HttpRequest.Builder builder, String method, Object body) {
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body == null ? "" : JSON.writeValueAsString(body)));
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json, image/png, */*;q=0.1");
        headers.forEach(builder::header);
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return builder;
    }

    private static JsonNode parse(HttpHeaders headers, byte[] body) {
        String type = headers.firstValue("Content-Type").orElse("");
        if (body.length == 0 || type.startsWith("image/") || type.startsWith("application/octet-stream")) {
            return null;
        }
        try {
            return JSON.readTree(body);
        } catch (RuntimeException notJson) {
            return null;
        }
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<byte[]> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] body = response.body() == null ? new byte[0] : response.body();
            return new Response(response.statusCode(), response.headers(), body, parse(response.headers(), body));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
