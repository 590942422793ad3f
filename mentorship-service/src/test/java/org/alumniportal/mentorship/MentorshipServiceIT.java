package org.alumniportal.mentorship;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.alumniportal.platform.test.TestJwts;
import org.alumniportal.platform.test.ServiceBasicsContract;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MentorshipServiceIT extends ServiceBasicsContract {

    MentorshipServiceIT() {
        super("/api/mentors", "mentorship");
    }

    @Override
    public Probes problemProbes() {
        return new Probes(TestJwts.user("probe").roles("STUDENT").bearer(), "/api/mentorship/{id}", "/api/mentors", "/api/mentorship/sessions?status=NOPE",
                null, null);
    }

    @Test
    void theOpenApiDocumentShowsTheEndpointsWithoutTheCallerAsAParameter() throws Exception {
        HttpResponse<String> response = get("/v3/api-docs", null);
        JsonNode docs = JsonMapper.builder().build().readTree(response.body());
        JsonNode paths = docs.path("paths");

        assertThat(paths.propertyNames()).contains("/api/mentors/register", "/api/mentors", "/api/mentors/{userId}",
                "/api/mentorship/request", "/api/mentorship/{id}/accept", "/api/mentorship/{mentorshipId}/schedule",
                "/api/mentorship/sessions/{id}/feedback", "/api/matching/mentor-suggestions",
                "/api/mentorship/match-suggestions");
        assertThat(paths.path("/api/mentors/register").path("post").path("responses").has("201")).isTrue();
        assertThat(paths.path("/api/mentorship/request").path("post").path("responses").has("201")).isTrue();
        assertThat(response.body()).doesNotContain("\"name\":\"user\"");
        assertThat(docs.path("components").path("schemas").path("SessionView").path("properties").path("status")
                .path("enum").valueStream().map(JsonNode::asString))
                .containsExactly("SCHEDULED", "COMPLETED", "CANCELLED");
    }
}
