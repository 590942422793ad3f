package org.alumniportal.platform.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * What every domain service shows from its first day: healthy, its API closed without a token (as a
 * problem), its OpenAPI document published for the gateway, its data in its own database, its errors by the shared
 * {@link ProblemContract}. A service's {@code *IT} extends this with one of its API paths, its database name and
 * its {@link ProblemContract.Probes}.
 */
public abstract class ServiceBasicsContract extends PortalIntegrationTest implements ProblemContract {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String apiPath;
    private final String database;

    @Value("${local.server.port}")
    int port;

    @Autowired
    MongoTemplate mongo;

    protected ServiceBasicsContract(String apiPath, String database) {
        this.apiPath = apiPath;
        this.database = database;
    }

    @Test
    void startsAndReportsHealthUp() throws Exception {
        HttpResponse<String> health = get("/actuator/health", null);

        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void anApiCallWithoutATokenIsRefusedWithAProblem() throws Exception {
        HttpResponse<String> response = get(apiPath, null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void publishesItsOpenApiDocumentForTheGatewaysSwaggerUi() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", null);

        assertThat(docs.statusCode()).isEqualTo(200);
        assertThat(docs.body()).contains("\"openapi\"");
        assertThat(docs.body()).contains("\"url\":\"/\"");
    }

    /**
     * The document as clients are generated from it: written to {@code target/openapi/<service>.json} for the
     * build's generator and linter, no {@code CurrentUser} published as a parameter, the problem schema present.
     */
    @Test
    void itsOpenApiDocumentIsAContractWrittenForTheBuild() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", null);
        assertThat(docs.statusCode()).isEqualTo(200);
        java.nio.file.Path out = java.nio.file.Path.of("target", "openapi", applicationName + ".json");
        java.nio.file.Files.createDirectories(out.getParent());
        java.nio.file.Files.writeString(out, docs.body());

        tools.jackson.databind.JsonNode document = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree(docs.body());
        java.util.List<String> userParameters = new java.util.ArrayList<>();
        document.path("paths").properties().forEach(path -> path.getValue().properties().forEach(operation ->
                operation.getValue().path("parameters").forEach(parameter -> {
                    if ("user".equals(parameter.path("name").asString())
                            && "query".equals(parameter.path("in").asString())) {
                        userParameters.add(operation.getKey() + " " + path.getKey());
                    }
                })));
        assertThat(userParameters).as("operations publishing the current user as a query parameter").isEmpty();
        assertThat(document.path("components").path("schemas").has("Problem")).isTrue();
    }

    @Value("${spring.application.name}")
    String applicationName;

    @Test
    void keepsItsDataInItsOwnDatabase() {
        assertThat(mongo.getDb().getName()).isEqualTo(database);
    }

    /** For the service's own checks: a GET on this service, with an optional {@code Authorization} value. */
    protected HttpResponse<String> get(String path, String bearer) throws Exception {
        return call("GET", path, bearer);
    }

    @Override
    public HttpResponse<String> call(String method, String path, String bearer) throws Exception {
        return ProblemContract.callLocal(http, port, method, path, bearer);
    }
}
