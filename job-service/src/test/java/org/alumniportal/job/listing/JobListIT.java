package org.alumniportal.job.listing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alumniportal.platform.test.Api;
import org.alumniportal.job.testing.JobIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

class JobListIT extends JobIntegrationTest {

    /** A word only this test's jobs carry in their company, so other tests' jobs never get in the way. */
    private String marker;
    private String poster;
    private final String reader = bearer("reader", "STUDENT");

    @BeforeEach
    void marker() {
        marker = "Co" + UUID.randomUUID().toString().replace("-", "");
        poster = bearer(newId("recruiter"), "RECRUITER");
    }

    private String post(String title, String location, List<String> skills, String jobType, boolean remote) {
        Map<String, Object> body = jobBody(title, marker + " Labs");
        body.put("location", location);
        body.put("skillsRequired", skills);
        body.put("jobType", jobType);
        body.put("remote", remote);
        return postJob(poster, body);
    }

    private List<String> titles(String query) {
        Api.Response page = api.get("/api/jobs?company=" + marker + query, reader);
        assertThat(page.status()).isEqualTo(200);
        return page.json().path("items").valueStream().map(j -> j.path("title").asString()).toList();
    }

    @Test
    void listsOpenJobsNewestFirstAndEveryFilterMustMatch() {
        post("Java Backend", "Bengaluru", List.of("Java", "Spring Boot"), "FULL_TIME", false);
        post("Frontend Intern", "Pune", List.of("js", "React"), "INTERNSHIP", true);
        post("Platform Engineer", "Bengaluru", List.of("Java", "k8s"), "CONTRACT", true);

        assertThat(titles("")).containsExactly("Platform Engineer", "Frontend Intern", "Java Backend");
        assertThat(titles("&skills=java")).containsExactly("Platform Engineer", "Java Backend");
        assertThat(titles("&skills=java,kubernetes")).containsExactly("Platform Engineer");
        assertThat(titles("&skills=JavaScript")).containsExactly("Frontend Intern");
        assertThat(titles("&location=bengaluru")).containsExactly("Platform Engineer", "Java Backend");
        assertThat(titles("&jobType=INTERNSHIP")).containsExactly("Frontend Intern");
        assertThat(titles("&remote=true")).containsExactly("Platform Engineer", "Frontend Intern");
        assertThat(titles("&remote=false&location=Bengaluru")).containsExactly("Java Backend");
        assertThat(titles("&q=platform")).containsExactly("Platform Engineer");
        assertThat(titles("&q=backend+java")).containsExactly("Java Backend");
        assertThat(titles("&q=nothing-like-this")).isEmpty();
    }

    @Test
    void freeTextFindsTheCompanyAndPagesCarryTotals() {
        for (int i = 0; i < 5; i++) {
            post("Role " + i, "Delhi", List.of("Go"), "PART_TIME", false);
        }

        Api.Response second = api.get("/api/jobs?q=" + marker + "&size=2&page=1", reader);

        JsonNode page = second.json();
        assertThat(page.path("totalElements").asLong()).isEqualTo(5);
        assertThat(page.path("totalPages").asLong()).isEqualTo(3);
        assertThat(page.path("page").asInt()).isEqualTo(1);
        assertThat(page.path("items").valueStream().map(j -> j.path("title").asString()))
                .containsExactly("Role 2", "Role 1");
        assertThat(page.path("items").get(0).has("description")).isFalse();
    }

    @Test
    void closedDeletedAndExpiredJobsLeaveTheListAndEditsShowAtOnce() {
        String closed = post("Closed one", "Pune", List.of("Java"), "FULL_TIME", false);
        String deleted = post("Deleted one", "Pune", List.of("Java"), "FULL_TIME", false);
        String edited = post("Old title", "Pune", List.of("Java"), "FULL_TIME", false);
        Map<String, Object> soon = jobBody("Expiring one", marker + " Labs");
        soon.put("applicationDeadline", clock.instant().plus(Duration.ofMinutes(30)).toString());
        postJob(poster, soon);
        assertThat(titles("")).hasSize(4);

        api.post("/api/jobs/" + closed + "/close", null, poster);
        api.delete("/api/jobs/" + deleted, poster);
        Map<String, Object> renamed = jobBody("New title", marker + " Labs");
        renamed.put("location", "Pune");
        api.put("/api/jobs/" + edited, renamed, poster);
        assertThat(titles("")).containsExactlyInAnyOrder("New title", "Expiring one");

        clock.advance(Duration.ofHours(1));
        assertThat(titles("")).containsExactly("New title");
    }

    @Test
    void anUnknownJobTypeIsABadRequestNotAnError() {
        assertThat(api.get("/api/jobs?jobType=ASTRONAUT", reader).status()).isEqualTo(400);
    }
}
