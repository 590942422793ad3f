package org.alumniportal.profile.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.alumniportal.profile.support.ProfileHttp;
import org.alumniportal.profile.support.ProfileIntegrationTest;
import org.alumniportal.platform.test.OpenApiSnapshots;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** profile-service's OpenAPI document: real statuses, uploads as multipart part 'file', the SPEC paths. */
class ProfileOpenApiIT extends ProfileIntegrationTest {

    @Test
    void theDocumentDeclaresRealStatusesUploadsAndTheSpecPaths() {
        ProfileHttp.Response docs = http.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        OpenApiSnapshots.writeAndCheck("profile-service", docs.body(),
                java.nio.file.Path.of("..", "e2e", "src", "test", "openapi", "profile-service.json"));
        JsonNode paths = docs.json().path("paths");

        assertThat(paths.path("/api/profiles").path("post").path("responses").propertyNames())
                .contains("201", "400", "401", "409").doesNotContain("200");
        assertThat(paths.path("/api/alumni-card").path("post").path("responses").propertyNames())
                .contains("201", "409").doesNotContain("200");
        assertThat(paths.path("/api/profiles/me").path("delete").path("responses").propertyNames()).contains("204");
        assertThat(paths.path("/api/profiles/upload-cv").path("post").path("requestBody").path("content")
                .path("multipart/form-data").path("schema").path("properties").has("file")).isTrue();
        assertThat(paths.path("/api/profiles/upload-cv").path("post").path("responses").propertyNames())
                .contains("413", "415");
        assertThat(paths.path("/api/alumni-card/{userId}").path("get").path("responses").propertyNames())
                .contains("200", "404");
        assertThat(paths.path("/api/recommendations/alumni").path("get").path("parameters").toString())
                .contains("\"limit\"").doesNotContain("\"user\"");
        assertThat(paths.path("/api/alumni-card/verify").path("get").path("responses").propertyNames())
                .as("a public operation needs no token").doesNotContain("401");
    }
}
