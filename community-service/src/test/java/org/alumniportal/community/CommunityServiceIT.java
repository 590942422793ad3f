package org.alumniportal.community;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.alumniportal.platform.test.ServiceBasicsContract;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;

class CommunityServiceIT extends ServiceBasicsContract {

    CommunityServiceIT() {
        super("/api/events", "community");
    }

    @Override
    public Probes problemProbes() {
        return new Probes(TestJwts.user("probe").roles("STUDENT").bearer(), "/api/events/{id}", "/api/events", "/api/events?type=NOPE",
                TestJwts.user("probe").roles("ALUMNI").bearer(), "/api/admin/content/flagged");
    }

    @Test
    void anAuthenticatedCallToAnUnknownPathIsANotFoundProblem() throws Exception {
        HttpResponse<String> response = get("/api/forum/nothing-here", TestJwts.user("user-1").roles("ALUMNI").bearer());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
    }

    @Test
    void theEventListAnswersAPageToAnySignedInUser() throws Exception {
        HttpResponse<String> response = get("/api/events", TestJwts.user("user-1").roles("STUDENT").bearer());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"items\"", "\"totalElements\"", "\"totalPages\"");
    }

    @Test
    void theOpenApiDocumentListsTheFlagPathsUnderTheGatewaysPrefixesWithoutTheCallerAsAParameter() throws Exception {
        HttpResponse<String> docs = get("/v3/api-docs", null);

        assertThat(docs.body()).contains("\"/api/forum/posts/{id}/flag\"", "\"/api/forum/comments/{id}/flag\"",
                "\"/api/capsules/{id}/flag\"", "\"/api/events/{id}/flag\"", "\"/api/events/{eventId}/rsvp\"",
                "\"/api/admin/content/moderate\"", "\"/api/recommendations/events\"", "\"/api/capsules/trending\"",
                "\"201\"", "WAITLISTED", "CAREER_FAIR");
        assertThat(docs.body()).doesNotContain("\"name\":\"user\"");
    }
}
