package org.alumniportal.auth.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.alumniportal.auth.AuthIntegrationTest;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.test.OpenApiSnapshots;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * auth-service's OpenAPI document as the contract clients are generated from (written to
 * {@code target/openapi/auth-service.json} for the build's generator and linter).
 */
class AuthOpenApiIT extends AuthIntegrationTest {

    @Test
    void theDocumentHidesTheCallerDeclaresRealStatusesAndProblems() {
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        OpenApiSnapshots.writeAndCheck("auth-service", docs.body(),
                Path.of("..", "e2e", "src", "test", "openapi", "auth-service.json"));
        JsonNode paths = docs.json().path("paths");

        assertThat(paths.path("/api/auth/me").path("get").path("parameters").isMissingNode()
                || paths.path("/api/auth/me").path("get").path("parameters").isEmpty()).isTrue();
        assertThat(paths.path("/api/auth/register").path("post").path("responses").propertyNames())
                .contains("201", "400", "409").doesNotContain("200");
        assertThat(paths.path("/api/auth/forgot-password").path("post").path("responses").propertyNames())
                .contains("202").doesNotContain("200");
        assertThat(paths.path("/api/auth/reset-password").path("post").path("responses").propertyNames())
                .contains("204").doesNotContain("200");
        assertThat(paths.path("/api/auth/logout").path("post").path("responses").propertyNames())
                .contains("204", "401");
        assertThat(paths.path("/api/auth/register").path("post").path("responses").path("409").path("content")
                .path("application/problem+json").path("schema").path("$ref").asString())
                .isEqualTo("#/components/schemas/Problem");
    }
}
