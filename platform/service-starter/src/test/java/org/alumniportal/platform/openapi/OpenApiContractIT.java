package org.alumniportal.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.alumniportal.platform.test.PortalIntegrationTest;
import org.alumniportal.platform.testapp.StarterTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The document a client generator reads: no resolver argument as a parameter, real statuses, every problem. */
@SpringBootTest(classes = StarterTestApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class OpenApiContractIT extends PortalIntegrationTest {

    @Value("${local.server.port}")
    int port;

    private JsonNode docs() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        return JsonMapper.builder().build().readTree(response.body());
    }

    @Test
    void theCurrentUserIsNotAParameterAClientHasToSend() throws Exception {
        JsonNode me = docs().path("paths").path("/probe/me").path("get");

        assertThat(me.isMissingNode()).isFalse();
        assertThat(me.path("parameters").isMissingNode() || me.path("parameters").isEmpty())
                .as("parameters of GET /probe/me: %s", me.path("parameters")).isTrue();
    }

    @Test
    void aCreateDocumentsItsCreatedStatusAndEveryProblemItCanAnswer() throws Exception {
        JsonNode responses = docs().path("paths").path("/probe/people").path("post").path("responses");

        assertThat(responses.propertyNames()).contains("201", "400", "401", "403", "409").doesNotContain("200");
        JsonNode validation = responses.path("400").path("content").path("application/problem+json");
        assertThat(validation.path("schema").path("$ref").asString()).isEqualTo("#/components/schemas/Problem");
        assertThat(validation.path("examples").path("validation").path("value").path("type").asString())
                .isEqualTo("https://alumni-portal.dev/problems/validation");
        assertThat(responses.path("409").path("content").path("application/problem+json").path("examples")
                .path("email-taken").path("value").path("status").asInt()).isEqualTo(409);
    }

    @Test
    void publicOperationsDocumentNoAuthProblemsAndUploadsDocumentTheirLimits() throws Exception {
        JsonNode paths = docs().path("paths");

        assertThat(paths.path("/public/ping").path("get").path("responses").propertyNames())
                .doesNotContain("401", "403");
        assertThat(paths.path("/probe/upload").path("post").path("responses").propertyNames())
                .as("%s", paths.path("/probe/upload")).contains("413", "415", "401");
        JsonNode problem = docs().path("components").path("schemas").path("Problem");
        assertThat(problem.path("properties").propertyNames()).contains("type", "title", "status", "detail",
                "errors");
    }
}
