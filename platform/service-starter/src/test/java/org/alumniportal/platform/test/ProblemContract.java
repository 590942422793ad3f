package org.alumniportal.platform.test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The shared problem policy (see {@code org.alumniportal.platform.web}'s package-info), checked in every service
 * against its own endpoints: an unknown and a malformed id answer 404 {@code not-found}; page size 1000 is capped at
 * 100; a negative page or size and a value outside an enum answer 400 {@code validation} naming the field; a role
 * that may not act answers 403 {@code forbidden}. {@link ServiceBasicsContract} implements it, so does a service
 * whose integration tests have their own base.
 */
public interface ProblemContract {

    /**
     * The service's endpoints for the checks. {@code unknownItem} holds {@code {id}} and may start with a method
     * ({@code "PUT /api/notifications/{id}/read"}); {@code bearer} may read {@code unknownItem}'s kind, {@code list}
     * and {@code badEnum}; {@code refusedBearer}'s role may not GET {@code refused} (null where the service refuses no role on a GET).
     */
    record Probes(String bearer, String unknownItem, String list, String badEnum, String refusedBearer,
            String refused) {
    }

    Probes problemProbes();

    /** One call to the service under test; {@code bearer} is an {@code Authorization} value. */
    HttpResponse<String> call(String method, String path, String bearer) throws Exception;

    /** A call with no body to the service on {@code port} of this host, for {@link #call}'s implementations. */
    static HttpResponse<String> callLocal(HttpClient http, int port, String method, String path, String bearer)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (bearer != null) {
            request.header("Authorization", bearer);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    default void anUnknownIdAnswersTheSharedNotFound() throws Exception {
        assertProblem(item("no-such-" + UUID.randomUUID()), 404, "not-found");
    }

    @Test
    default void aMalformedIdIsJustAnUnknownOne() throws Exception {
        assertProblem(item("not%20an%20id!~"), 404, "not-found");
    }

    @Test
    default void aPageSizeAboveTheCapIsCappedNotRefused() throws Exception {
        HttpResponse<String> response = call("GET", withQuery(problemProbes().list(), "size=1000"),
                problemProbes().bearer());

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(json(response).path("size").asInt()).isEqualTo(100);
    }

    @Test
    default void aNegativePageOrSizeIsAValidationErrorOnThatField() throws Exception {
        Probes probes = problemProbes();
        HttpResponse<String> page = call("GET", withQuery(probes.list(), "page=-1"), probes.bearer());
        HttpResponse<String> size = call("GET", withQuery(probes.list(), "size=-1"), probes.bearer());

        assertThat(fields(assertProblem(page, 400, "validation"))).contains("page");
        assertThat(fields(assertProblem(size, 400, "validation"))).contains("size");
    }

    @Test
    default void aValueOutsideAnEnumIsAValidationErrorNamingTheField() throws Exception {
        HttpResponse<String> response = call("GET", problemProbes().badEnum(), problemProbes().bearer());

        assertThat(fields(assertProblem(response, 400, "validation"))).isNotEmpty();
    }

    @Test
    default void aRoleThatMayNotActIsForbidden() throws Exception {
        assumeTrue(problemProbes().refused() != null, "this service refuses no role on a GET");
        HttpResponse<String> response = call("GET", problemProbes().refused(), problemProbes().refusedBearer());

        assertProblem(response, 403, "forbidden");
    }

    private HttpResponse<String> item(String id) throws Exception {
        String target = problemProbes().unknownItem().replace("{id}", id);
        int space = target.indexOf(' ');
        String method = space > 0 ? target.substring(0, space) : "GET";
        return call(method, target.substring(space + 1), problemProbes().bearer());
    }

    private static JsonNode assertProblem(HttpResponse<String> response, int status, String slug) {
        assertThat(response.statusCode()).as(response.uri() + " " + response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = json(response);
        assertThat(problem.path("type").asString()).isEqualTo("https://alumni-portal.dev/problems/" + slug);
        return problem;
    }

    private static List<String> fields(JsonNode problem) {
        List<String> fields = new ArrayList<>();
        problem.path("errors").forEach(error -> fields.add(error.path("field").asString()));
        return fields;
    }

    private static JsonNode json(HttpResponse<String> response) {
        return JsonMapper.builder().build().readTree(response.body());
    }

    private static String withQuery(String path, String parameter) {
        return path + (path.contains("?") ? "&" : "?") + parameter;
    }
}
