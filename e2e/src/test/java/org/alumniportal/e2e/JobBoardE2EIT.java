package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

import tools.jackson.databind.JsonNode;

/**
 * The job-service issue's "done when", through the gateway: a recruiter posts, a student applies once, the
 * recruiter walks the application through the pipeline (no skipping ahead), outsiders see nothing; an admin's
 * API key posts jobs within its scope only and stops working when revoked; recommendations follow the
 * student's profile skills, which job-service learns from profile-service's events. The tests build on each
 * other in order.
 */
@Order(3)
@ExtendWith(SharedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class JobBoardE2EIT {

    private static Http gateway;
    private static Accounts accounts;
    private static Accounts.User recruiter;
    private static Accounts.User applicant;
    private static Accounts.User otherStudent;
    private static Accounts.User admin;
    private static String jobId;
    private static String applicationId;

    @BeforeAll
    static void registerTheCast(SharedStack stack) {
        gateway = stack.gateway();
        accounts = stack.accounts();
        recruiter = accounts.approvedRecruiter("Rita Recruiter");
        applicant = accounts.registerVerified("STUDENT", "Sam Student");
        otherStudent = accounts.registerVerified("STUDENT", "Olga Outsider");
        admin = accounts.admin();
    }

    @Test
    @Order(1)
    void aRecruiterPostsAJobThatStudentsCanOpen() {
        Map<String, Object> posting = job("Backend Engineer", List.of("Java", "Kafka"));
        // The optional flags may be left out: the job is then on-site and for students only.
        posting.remove("remote");
        posting.remove("allowAlumniApplicants");
        // The recruiter's approval reaches job-service as an event; a 403 only means it has not arrived yet.
        Http.Response posted = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post("/api/jobs", posting, recruiter.token()), r -> r.status() != 403);
        assertThat(posted.status()).as(posted.describe()).isEqualTo(201);
        jobId = posted.json().path("id").asString();
        assertThat(posted.header("Location")).endsWith("/api/jobs/" + jobId);
        assertThat(posted.json().path("postedBy").asString()).isEqualTo(recruiter.id());
        assertThat(posted.json().path("posterRole").asString()).isEqualTo("RECRUITER");
        assertThat(posted.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(posted.json().path("remote").asBoolean()).isFalse();
        assertThat(posted.json().path("allowAlumniApplicants").asBoolean()).isFalse();

        Http.Response seen = gateway.get("/api/jobs/" + jobId, applicant.token());
        assertThat(seen.status()).as(seen.describe()).isEqualTo(200);
        assertThat(seen.json().path("title").asString()).isEqualTo("Backend Engineer");
        assertThat(seen.json().path("acceptingApplications").asBoolean()).isTrue();

        Http.Response byStudent = gateway.post("/api/jobs", job("Not allowed", List.of("Java")), applicant.token());
        assertThat(byStudent.status()).as(byStudent.describe()).isEqualTo(403);
        assertThat(byStudent.problemSlug()).isEqualTo("forbidden");
    }

    @Test
    @Order(2)
    void aStudentAppliesOnceAndASecondApplicationIsRefusedWith409() {
        Http.Response applied = gateway.post("/api/jobs/" + jobId + "/apply", Map.of("coverLetter", "Hire me"),
                applicant.token());
        assertThat(applied.status()).as(applied.describe()).isEqualTo(201);
        applicationId = applied.json().path("id").asString();
        assertThat(applied.json().path("status").asString()).isEqualTo("SUBMITTED");
        assertThat(applied.json().path("applicantId").asString()).isEqualTo(applicant.id());
        assertThat(applied.json().path("posterId").asString()).isEqualTo(recruiter.id());

        Http.Response again = gateway.post("/api/jobs/" + jobId + "/apply", Map.of("coverLetter", "Again"),
                applicant.token());
        assertThat(again.status()).as(again.describe()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(again.problemSlug()).isEqualTo("already-applied");

        Http.Response mine = gateway.get("/api/applications/my-applications", applicant.token());
        assertThat(mine.status()).as(mine.describe()).isEqualTo(200);
        assertThat(ids(mine.json().path("items"))).containsExactly(applicationId);
    }

    @Test
    @Order(3)
    void anotherStudentCannotSeeOrMoveTheApplication() {
        Http.Response read = gateway.get("/api/applications/" + applicationId, otherStudent.token());
        // someone else's application does not exist for them: 404, as for an unknown id
        assertThat(read.status()).as(read.describe()).isEqualTo(404);
        assertThat(read.problemSlug()).isEqualTo("not-found");

        Http.Response move = gateway.put("/api/applications/" + applicationId + "/status",
                Map.of("status", "VIEWED"), otherStudent.token());
        assertThat(move.status()).as(move.describe()).isEqualTo(404);

        Http.Response list = gateway.get("/api/jobs/" + jobId + "/applications", otherStudent.token());
        assertThat(list.status()).as(list.describe()).isEqualTo(403);
        assertThat(ids(gateway.get("/api/applications/my-applications", otherStudent.token()).json().path("items")))
                .isEmpty();
    }

    @Test
    @Order(4)
    void theRecruiterMovesTheApplicationAlongThePipelineButCannotSkipAhead() {
        Http.Response offeredAtOnce = moveTo("OFFERED");
        assertThat(offeredAtOnce.status()).as(offeredAtOnce.describe()).isEqualTo(409);
        assertThat(offeredAtOnce.problemSlug()).isEqualTo("illegal-status-transition");
        assertThat(offeredAtOnce.json().path("from").asString()).isEqualTo("SUBMITTED");
        assertThat(offeredAtOnce.json().path("allowed").toString()).contains("VIEWED");
        Http.Response shortlistedUnseen = moveTo("SHORTLISTED");
        assertThat(shortlistedUnseen.status()).as(shortlistedUnseen.describe()).isEqualTo(409);

        for (String status : List.of("VIEWED", "SHORTLISTED", "INTERVIEW")) {
            Http.Response moved = moveTo(status);
            assertThat(moved.status()).as("to %s: %s", status, moved.describe()).isEqualTo(200);
            assertThat(moved.json().path("status").asString()).isEqualTo(status);
        }
        Http.Response backwards = moveTo("VIEWED");
        assertThat(backwards.status()).as(backwards.describe()).isEqualTo(409);
        assertThat(backwards.problemSlug()).isEqualTo("illegal-status-transition");

        Http.Response seenByApplicant = gateway.get("/api/applications/" + applicationId, applicant.token());
        assertThat(seenByApplicant.status()).as(seenByApplicant.describe()).isEqualTo(200);
        assertThat(seenByApplicant.json().path("status").asString()).isEqualTo("INTERVIEW");
        List<String> history = new ArrayList<>();
        seenByApplicant.json().path("statusHistory").forEach(change -> history.add(change.path("status").asString()));
        assertThat(history).containsExactly("SUBMITTED", "VIEWED", "SHORTLISTED", "INTERVIEW");

        Http.Response byApplicant = gateway.put("/api/applications/" + applicationId + "/status",
                Map.of("status", "OFFERED"), applicant.token());
        assertThat(byApplicant.status()).as(byApplicant.describe()).isEqualTo(403);
    }

    @Test
    @Order(5)
    void anApiKeyPostsJobsWithinItsScopeOnlyAndIsRefusedOnceRevoked() {
        Http.Response notByRecruiters = gateway.post("/api/admin/api-keys",
                Map.of("organisation", "Self-service", "scopes", List.of("jobs:write")), recruiter.token());
        assertThat(notByRecruiters.status()).as(notByRecruiters.describe()).isEqualTo(403);

        Http.Response issued = gateway.post("/api/admin/api-keys",
                Map.of("organisation", "Acme Hiring", "scopes", List.of("jobs:write")), admin.token());
        assertThat(issued.status()).as(issued.describe()).isEqualTo(201);
        String apiKey = issued.json().path("apiKey").asString();
        String keyId = issued.json().path("key").path("id").asString();
        assertThat(apiKey).startsWith("apk_");
        assertThat(issued.json().path("key").path("status").asString()).isEqualTo("ACTIVE");
        Http keyed = gateway.withHeader("X-API-Key", apiKey);

        // An issued key counts as an approved recruiter once job-service has the event; until then 403.
        Http.Response posted = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> keyed.post("/api/jobs", job("Integration Engineer", List.of("Java")), null),
                        r -> r.status() != 403);
        assertThat(posted.status()).as(posted.describe()).isEqualTo(201);
        assertThat(posted.json().path("posterRole").asString()).isEqualTo("RECRUITER");
        String keyJob = posted.json().path("id").asString();
        assertThat(gateway.get("/api/jobs/" + keyJob, applicant.token()).status()).isEqualTo(200);

        Http.Response profiles = keyed.get("/api/profiles/search?skills=Java", null);
        assertThat(profiles.status()).as(profiles.describe()).isEqualTo(403);
        assertThat(profiles.problemSlug()).isEqualTo("api-key-scope");
        Http.Response reading = keyed.get("/api/jobs/" + keyJob, null);
        assertThat(reading.status()).as("jobs:read was not granted: %s", reading.describe()).isEqualTo(403);

        Http.Response revoked = gateway.delete("/api/admin/api-keys/" + keyId, admin.token());
        assertThat(revoked.status()).as(revoked.describe()).isEqualTo(200);
        assertThat(revoked.json().path("status").asString()).isEqualTo("REVOKED");

        Http.Response afterRevocation = keyed.post("/api/jobs", job("Too late", List.of("Java")), null);
        assertThat(afterRevocation.status()).as(afterRevocation.describe()).isEqualTo(401);
        assertThat(afterRevocation.problemSlug()).isEqualTo("invalid-api-key");
    }

    @Test
    @Order(6)
    void recommendationsRankTheJobMatchingTheStudentsProfileSkillsFirstAndFollowItsChanges() {
        Accounts.User seeker = accounts.registerVerified("STUDENT", "Rosa Seeker");
        String suffix = UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 5);
        List<String> weaving = List.of("Loom" + suffix, "Punchcard" + suffix);
        List<String> astronomy = List.of("Telescope" + suffix, "Orbit" + suffix);

        Http.Response noProfile = gateway.post("/api/matching/job-recommendations", Map.of(), seeker.token());
        assertThat(noProfile.status()).as(noProfile.describe()).isEqualTo(409);
        assertThat(noProfile.problemSlug()).isEqualTo("profile-required");

        String weavingJob = gateway.post("/api/jobs", job("Loom programmer", weaving), recruiter.token())
                .json().path("id").asString();
        String astronomyJob = gateway.post("/api/jobs", job("Orbit calculator", astronomy), recruiter.token())
                .json().path("id").asString();
        Http.Response profile = gateway.post("/api/profiles",
                Map.of("headline", "Student of looms", "location", "Pune", "skills", weaving), seeker.token());
        assertThat(profile.status()).as(profile.describe()).isEqualTo(201);

        // job-service learns the skills from profile.created on Kafka: until then 409, or a ranking without them.
        awaitRanking(seeker, weavingJob, astronomyJob);

        Http.Response changed = gateway.put("/api/profiles/" + seeker.id(),
                Map.of("headline", "Student of the skies", "location", "Pune", "skills", astronomy), seeker.token());
        assertThat(changed.status()).as(changed.describe()).isEqualTo(200);
        awaitRanking(seeker, astronomyJob, weavingJob);
    }

    private static void awaitRanking(Accounts.User seeker, String better, String worse) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            Http.Response recommended = gateway.post("/api/matching/job-recommendations", Map.of("limit", 50),
                    seeker.token());
            assertThat(recommended.status()).as(recommended.describe()).isEqualTo(200);
            List<String> ranked = new ArrayList<>();
            recommended.json().path("items").forEach(item -> ranked.add(item.path("job").path("id").asString()));
            assertThat(ranked).as(recommended.describe()).contains(better);
            int worseRank = ranked.contains(worse) ? ranked.indexOf(worse) : Integer.MAX_VALUE;
            assertThat(ranked.indexOf(better)).as(recommended.describe()).isLessThan(worseRank);
            JsonNode best = recommended.json().path("items").get(ranked.indexOf(better));
            assertThat(best.path("reasons").toString()).contains("2 of 2 required skills");
        });
    }

    private static Http.Response moveTo(String status) {
        return gateway.put("/api/applications/" + applicationId + "/status", Map.of("status", status),
                recruiter.token());
    }

    private static Map<String, Object> job(String title, List<String> skills) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", title);
        body.put("description", "Build things that last.");
        body.put("company", "Acme");
        body.put("location", "Berlin");
        body.put("remote", false);
        body.put("allowAlumniApplicants", false);
        body.put("jobType", "FULL_TIME");
        body.put("skillsRequired", skills);
        body.put("applicationDeadline", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        return body;
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("id").asString()));
        return ids;
    }
}
