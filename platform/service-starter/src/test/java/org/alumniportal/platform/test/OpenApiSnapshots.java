package org.alumniportal.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps a committed OpenAPI snapshot (what clients are generated from, e.g. the e2e module's) in step with the
 * live document: every operation of the snapshot must still be there and be callable the same way (operationId,
 * parameters, request media types, documented statuses), and the live document gains no required parameter.
 * Added operations are fine. After an intended change, copy {@code target/openapi/<service>.json} over the
 * snapshot.
 */
public final class OpenApiSnapshots {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private OpenApiSnapshots() {
    }

    /** Writes the live document to {@code target/openapi/<service>.json} and checks the snapshot against it. */
    public static void writeAndCheck(String service, String liveJson, Path snapshot) {
        try {
            Path out = Path.of("target", "openapi", service + ".json");
            Files.createDirectories(out.getParent());
            Files.writeString(out, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(JSON.readTree(liveJson)));
            assertThat(snapshot).as("committed OpenAPI snapshot (copy %s there)", out).exists();
            List<String> broken = incompatibilities(JSON.readTree(Files.readString(snapshot)),
                    JSON.readTree(liveJson));
            assertThat(broken).as("the live document breaks clients generated from %s; if intended, copy %s over it",
                    snapshot, out).isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> incompatibilities(JsonNode snapshot, JsonNode live) {
        List<String> broken = new ArrayList<>();
        snapshot.path("paths").properties().forEach(path -> path.getValue().properties().forEach(method -> {
            String where = method.getKey().toUpperCase() + " " + path.getKey();
            JsonNode was = method.getValue();
            JsonNode now = live.path("paths").path(path.getKey()).path(method.getKey());
            if (now.isMissingNode()) {
                broken.add(where + " is gone");
                return;
            }
            if (!was.path("operationId").asString("").equals(now.path("operationId").asString(""))) {
                broken.add(where + " operationId " + was.path("operationId").asString() + " -> "
                        + now.path("operationId").asString());
            }
            Set<String> nowParameters = new HashSet<>();
            now.path("parameters").forEach(p -> nowParameters.add(p.path("in").asString() + ":" + p.path("name").asString()));
            Set<String> wasParameters = new HashSet<>();
            was.path("parameters").forEach(p -> {
                String key = p.path("in").asString() + ":" + p.path("name").asString();
                wasParameters.add(key);
                if (!nowParameters.contains(key)) {
                    broken.add(where + " lost parameter " + key);
                }
            });
            now.path("parameters").forEach(p -> {
                String key = p.path("in").asString() + ":" + p.path("name").asString();
                if (p.path("required").asBoolean(false) && !wasParameters.contains(key)) {
                    broken.add(where + " gained required parameter " + key);
                }
            });
            was.path("requestBody").path("content").propertyNames().forEach(type -> {
                if (!now.path("requestBody").path("content").has(type)) {
                    broken.add(where + " no longer accepts " + type);
                }
            });
            was.path("responses").propertyNames().forEach(status -> {
                if (!now.path("responses").has(status)) {
                    broken.add(where + " no longer documents " + status);
                }
            });
        }));
        return broken;
    }
}
