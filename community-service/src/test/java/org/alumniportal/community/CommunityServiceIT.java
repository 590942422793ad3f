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
}
