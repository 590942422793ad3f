package org.alumniportal.job.contract;

import static org.assertj.core.api.Assertions.assertThat;

import org.alumniportal.platform.test.Api;
import org.alumniportal.job.testing.JobIntegrationTest;
import org.alumniportal.platform.test.OpenApiSnapshots;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/** job-service's OpenAPI document: real statuses, the CV upload as multipart part 'file', one page schema. */
class JobOpenApiIT extends JobIntegrationTest {

    @Test
    void theDocumentDeclaresRealStatusesUploadsAndOnePageShape() {
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        OpenApiSnapshots.writeAndCheck("job-service", docs.body(),
                java.nio.file.Path.of("..", "e2e", "src", "test", "openapi", "job-service.json"));
        JsonNode paths = docs.json().path("paths");

        assertThat(paths.path("/api/jobs").path("post").path("responses").propertyNames())
                .contains("201", "400", "401", "403").doesNotContain("200");
        assertThat(paths.path("/api/jobs/{jobId}").path("delete").path("responses").propertyNames())
                .contains("204", "404");
        JsonNode apply = paths.path("/api/jobs/{jobId}/apply").path("post");
        assertThat(apply.path("responses").propertyNames()).contains("201").doesNotContain("200");
        assertThat(apply.path("requestBody").path("content").path("multipart/form-data").path("schema")
                .path("properties").has("file")).isTrue();
        assertThat(docs.json().path("components").path("schemas").propertyNames())
                .contains("PageResponseJobCard", "Problem")
                .noneMatch(name -> name.equals("JobPage") || name.equals("ApplicationPage"));
    }
}
