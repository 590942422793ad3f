package org.alumniportal.platform.test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small JSON client for the service under test: status, headers and parsed body of every call. Every service's
 * integration tests use this one, so a helper added here serves them all.
 */
public final class Api {

    public record Response(int status, HttpResponse<String> raw, JsonNode json) {

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        public String body() {
            return raw.body();
        }

        /** The {@code Content-Type} header, or an empty string. */
        public String contentType() {
            String type = header("Content-Type");
            return type == null ? "" : type;
        }

        /** The slug of a problem+json answer ({@code https://alumni-portal.dev/problems/<slug>}). */
        public String problemType() {
            String type = json == null ? "" : json.path("type").asString("");
            return type.substring(type.lastIndexOf('/') + 1);
        }

        /** Status and body, for assertion messages. */
        public String describe() {
            return status + " " + raw.body();
        }
    }

    /** A file part of a multipart request. */
    public record FilePart(String name, String fileName, String contentType, byte[] content) {
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String base;

    public Api(int port) {
        this.base = "http://127.0.0.1:" + port;
    }

    public Response get(String path, String bearer) {
        return send(request(path, bearer).GET());
    }

    public Response post(String path, Object body) {
        return post(path, body, null);
    }

    /** A {@code null} body sends none; a String body is sent as it is (malformed JSON, say). */
    public Response post(String path, Object body, String bearer) {
        return send(withJson(request(path, bearer), body, "POST"));
    }

    /** A POST with extra headers, e.g. the gateway's internal token. */
    public Response postWithHeaders(String path, Object body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, null);
        headers.forEach(builder::header);
        return send(withJson(builder, body, "POST"));
    }

    public Response put(String path, Object body, String bearer) {
        return send(withJson(request(path, bearer), body, "PUT"));
    }

    public Response delete(String path, String bearer) {
        return send(request(path, bearer).DELETE());
    }

    public Response multipart(String path, Map<String, String> fields, FilePart file, String bearer) {
        String boundary = "----portal" + UUID.randomUUID();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey()
                        + "\"\r\n\r\n" + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            if (file != null) {
                out.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.name()
                        + "\"; filename=\"" + file.fileName() + "\"\r\nContent-Type: " + file.contentType()
                        + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
                out.write(file.content());
                out.write("\r\n".getBytes(StandardCharsets.UTF_8));
            }
            out.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(path, bearer).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())));
    }

    public HttpResponse<byte[]> download(String path, String bearer) {
        try {
            return client.send(request(path, bearer).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpRequest.Builder withJson(HttpRequest.Builder builder, Object body, String method) {
        if (body == null) {
            return builder.method(method, HttpRequest.BodyPublishers.noBody());
        }
        String json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
        return builder.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(json));
    }

    private HttpRequest.Builder request(String path, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json, application/problem+json");
        if (bearer != null) {
            builder.header("Authorization", bearer.startsWith("Bearer ") ? bearer : "Bearer " + bearer);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            String body = response.body();
            JsonNode json = null;
            if (body != null && !body.isBlank()) {
                try {
                    json = JSON.readTree(body);
                } catch (RuntimeException notJson) {
                    json = null;
                }
            }
            return new Response(response.statusCode(), response, json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
