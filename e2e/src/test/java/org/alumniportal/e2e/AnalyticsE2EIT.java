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
 * The analytics issue's "done when", through the gateway: a fixture population seeded through the public API
 * (six alumni with experience timelines, one of them hidden, a student, a recruiter, a job, an application, a
 * verification) moves the dashboard by exactly the hand-counted amounts; admin actions appear in the audit log;
 * settings change and are audited; a student is refused on every admin and analytics path; predictions and skill
 * paths come from the seeded timelines, without the hidden profile for non-admins. The tests build on each other.
 */
@Order(4)
@ExtendWith(SharedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AnalyticsE2EIT {

    private static final Duration WAIT = Duration.ofSeconds(60);
    private static final String TOKEN = letters();
    private static final String SKILL = "Skill" + TOKEN;
    private static final String COMPANY = "Company" + TOKEN;
    private static final String FIRST_ROLE = "Analyst" + TOKEN.toLowerCase();
    private static final String NEXT_ROLE = "Lead" + TOKEN.toLowerCase();

    private static Http gateway;
    private static Accounts.User admin;
    private static Accounts.User student;
    private static Accounts.User recruiter;
    private static final List<Accounts.User> alumni = new ArrayList<>();
    private static JsonNode before;

    @BeforeAll
    static void seedThePopulation(SharedStack stack) {
        gateway = stack.gateway();
        Accounts accounts = stack.accounts();
        admin = accounts.admin();
        before = settledMetrics();
        student = accounts.registerVerified("STUDENT", "Stella Student");
        recruiter = accounts.approvedRecruiter("Rory Recruiter");
        for (int i = 0; i < 6; i++) {
            alumni.add(accounts.registerVerified("ALUMNI", "Alan Alumnus"));
        }
    }

    @Test
    @Order(1)
    void theDashboardMovesByExactlyWhatTheFixtureDid() {
        for (int i = 0; i < alumni.size(); i++) {
            Http.Response created = gateway.post("/api/profiles", profile(i == 0 ? "HIDDEN" : "SIGNED_IN"),
                    alumni.get(i).token());
            assertThat(created.status()).as(created.describe()).isEqualTo(201);
            // profile.created carries no timeline; the first edit's profile.updated brings it to analytics
            Http.Response edited = gateway.put("/api/profiles/" + alumni.get(i).id(),
                    profile(i == 0 ? "HIDDEN" : "SIGNED_IN"), alumni.get(i).token());
            assertThat(edited.status()).as(edited.describe()).isEqualTo(200);
        }
        Accounts.User verified = alumni.get(1);
        assertThat(gateway.post("/api/profiles/me/verification-request", null, verified.token()).status())
                .isEqualTo(200);
        Http.Response verification = gateway.post("/api/admin/profiles/verify/" + verified.id(), null, admin.token());
        assertThat(verification.status()).as(verification.describe()).isEqualTo(200);
        // One more asks and waits: the only pending verification (the other four never asked)
        assertThat(gateway.post("/api/profiles/me/verification-request", null, alumni.get(2).token()).status())
                .isEqualTo(200);
        // The recruiter's approval reaches job-service as an event; a 403 only means it has not arrived yet.
        Http.Response job = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> gateway.post("/api/jobs", job(), recruiter.token()), r -> r.status() != 403);
        assertThat(job.status()).as(job.describe()).isEqualTo(201);
        Http.Response applied = gateway.post("/api/jobs/" + job.json().path("id").asString() + "/apply",
                Map.of("coverLetter", "Hello"), student.token());
        assertThat(applied.status()).as(applied.describe()).isEqualTo(201);

        JsonNode after = await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(
                () -> metrics(), m -> delta(m, "jobs", "applications") >= 1 && delta(m, "users", "verifiedAlumni") >= 1
                        && delta(m, "users", "total") >= 8 && delta(m, "users", "pendingVerifications") >= 1);

        assertThat(delta(after, "users", "total")).isEqualTo(8);
        assertThat(roleDelta(after, "ALUMNI")).isEqualTo(6);
        assertThat(roleDelta(after, "STUDENT")).isEqualTo(1);
        assertThat(roleDelta(after, "RECRUITER")).isEqualTo(1);
        assertThat(delta(after, "users", "verifiedAlumni")).isEqualTo(1);
        assertThat(delta(after, "users", "pendingVerifications")).isEqualTo(1);
        assertThat(delta(after, "jobs", "total")).isEqualTo(1);
        assertThat(delta(after, "jobs", "active")).isEqualTo(1);
        assertThat(delta(after, "jobs", "applications")).isEqualTo(1);

        JsonNode skills = gateway.get("/api/analytics/skills?size=100", admin.token()).json();
        assertThat(find(skills.path("items"), "skill", SKILL).path("profiles").asLong()).isEqualTo(6);
        JsonNode companies = gateway.get("/api/analytics/companies?size=100", admin.token()).json();
        assertThat(find(companies.path("items"), "company", COMPANY).path("count").asLong()).isEqualTo(6);
    }

    @Test
    @Order(2)
    void theVerificationAndASettingsChangeAppearInTheAuditLog() {
        Accounts.User verified = alumni.get(1);
        JsonNode verification = await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(
                () -> gateway.get("/api/admin/audit-log?action=PROFILE_VERIFIED&targetId=" + verified.id(),
                        admin.token()).json(), page -> page.path("totalElements").asLong() >= 1);
        assertThat(verification.path("items").get(0).path("actorId").asString()).isEqualTo(admin.id());

        JsonNode settings = gateway.get("/api/admin/settings", admin.token()).json();
        boolean capsules = settings.path("values").path("features.capsules").asBoolean();
        Http.Response changed = gateway.put("/api/admin/settings", Map.of("features.capsules", !capsules),
                admin.token());
        assertThat(changed.status()).as(changed.describe()).isEqualTo(200);
        assertThat(changed.json().path("values").path("features.capsules").asBoolean()).isEqualTo(!capsules);
        Http.Response restored = gateway.put("/api/admin/settings", Map.of("features.capsules", capsules),
                admin.token());
        assertThat(restored.status()).as(restored.describe()).isEqualTo(200);

        JsonNode changes = await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(
                () -> gateway.get("/api/admin/audit-log?action=SETTING_CHANGED&targetId=features.capsules&actorId="
                        + admin.id(), admin.token()).json(), page -> page.path("totalElements").asLong() >= 2);
        assertThat(changes.path("items").get(0).path("details").path("newValue").asString())
                .isEqualTo(Boolean.toString(capsules));

        Http.Response invalid = gateway.put("/api/admin/settings", Map.of("uploads.maxCvMb", "lots"), admin.token());
        assertThat(invalid.status()).as(invalid.describe()).isEqualTo(400);
        assertThat(invalid.problemSlug()).isEqualTo("validation");
    }

    @Test
    @Order(3)
    void aStudentIsRefusedOnEveryAdminAndAnalyticsPath() {
        for (String path : List.of("/api/admin/dashboard/metrics", "/api/admin/dashboard/charts",
                "/api/admin/audit-log", "/api/admin/settings", "/api/admin/analytics/rebuild",
                "/api/analytics/skills", "/api/analytics/locations", "/api/analytics/companies",
                "/api/analytics/batches", "/api/analytics/job-trends", "/api/analytics/mentorship-stats",
                "/api/analytics/event-participation", "/api/analytics/engagement")) {
            Http.Response refused = gateway.get(path, student.token());
            assertThat(refused.status()).as(path + " " + refused.describe()).isEqualTo(403);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
    }

    @Test
    @Order(4)
    void predictionsAndSkillPathsComeFromTheSeededTimelinesWithoutTheHiddenProfile() {
        Map<String, Object> ask = Map.of("currentRole", FIRST_ROLE, "skills", List.of(SKILL));
        JsonNode forAdmin = await().atMost(WAIT).pollInterval(Duration.ofSeconds(1)).until(
                () -> gateway.post("/api/career/predict", ask, admin.token()).json(),
                p -> p.path("observations").asLong() == 6);
        assertThat(forAdmin.path("enoughData").asBoolean()).isTrue();
        assertThat(forAdmin.path("nextRoles").get(0).path("probability").asDouble()).isEqualTo(1.0);

        JsonNode forStudent = gateway.post("/api/career/predict", ask, student.token()).json();
        assertThat(forStudent.path("observations").asLong()).isEqualTo(5);
        assertThat(forStudent.path("nextRoles").get(0).path("observations").asLong()).isEqualTo(5);

        JsonNode paths = gateway.get("/api/skill-graph/paths?skill=" + SKILL, student.token()).json();
        assertThat(paths.path("people").asLong()).isEqualTo(5);
        assertThat(paths.path("transitions").get(0).path("observations").asLong()).isEqualTo(5);

        JsonNode network = gateway.get("/api/skill-graph/network?limit=500", student.token()).json();
        assertThat(find(network.path("nodes"), "id", SKILL).path("profiles").asLong()).isEqualTo(5);

        JsonNode score = gateway.get("/api/engagement/my-score", alumni.get(2).token()).json();
        assertThat(score.path("components")).hasSize(7);
        Http.Response hiddenScore = gateway.get("/api/aes/user/" + alumni.get(0).id(), student.token());
        assertThat(hiddenScore.status()).as(hiddenScore.describe()).isEqualTo(404);
    }

    private static Map<String, Object> profile(String visibility) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("headline", "Analyst");
        body.put("currentCompany", COMPANY);
        body.put("currentRole", NEXT_ROLE);
        body.put("location", "Pune");
        body.put("batchYear", 2014);
        body.put("experience", List.of(
                Map.of("company", COMPANY, "role", FIRST_ROLE, "startDate", "2014-07", "endDate", "2018-06"),
                Map.of("company", COMPANY, "role", NEXT_ROLE, "startDate", "2018-07", "current", true)));
        body.put("skills", List.of(SKILL, "Java"));
        body.put("visibility", visibility);
        return body;
    }

    private static Map<String, Object> job() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("title", "Analytics Engineer");
        body.put("description", "Count things that matter.");
        body.put("company", COMPANY);
        body.put("location", "Pune");
        body.put("remote", false);
        body.put("allowAlumniApplicants", false);
        body.put("jobType", "FULL_TIME");
        body.put("skillsRequired", List.of(SKILL));
        body.put("applicationDeadline", Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS)
                .toString());
        return body;
    }

    private static JsonNode metrics() {
        Http.Response response = gateway.get("/api/admin/dashboard/metrics", admin.token());
        assertThat(response.status()).as(response.describe()).isEqualTo(200);
        return response.json();
    }

    /** The metrics once earlier tests' events have all arrived: the same figures twice, three seconds apart. */
    private static JsonNode settledMetrics() {
        JsonNode[] last = {metrics()};
        return await().atMost(WAIT).pollDelay(Duration.ofSeconds(3)).pollInterval(Duration.ofSeconds(3)).until(() -> {
            JsonNode now = metrics();
            boolean same = strip(now).equals(strip(last[0]));
            last[0] = now;
            return same ? now : null;
        }, m -> m != null);
    }

    private static String strip(JsonNode metrics) {
        JsonNode copy = metrics.deepCopy();
        ((tools.jackson.databind.node.ObjectNode) copy).remove("asOf");
        return copy.toString();
    }

    private static long delta(JsonNode after, String group, String field) {
        return after.path(group).path(field).asLong() - before.path(group).path(field).asLong(0);
    }

    private static long roleDelta(JsonNode after, String role) {
        return after.path("users").path("byRole").path(role).asLong(0)
                - before.path("users").path("byRole").path(role).asLong(0);
    }

    private static JsonNode find(JsonNode items, String field, String value) {
        for (JsonNode item : items) {
            if (value.equals(item.path(field).asString())) {
                return item;
            }
        }
        throw new AssertionError("no item with " + field + " = " + value + " in " + items);
    }

    private static String letters() {
        StringBuilder out = new StringBuilder();
        String uuid = UUID.randomUUID().toString().replace("-", "");
        for (char c : uuid.substring(0, 10).toCharArray()) {
            out.append((char) ('a' + Character.digit(c, 16)));
        }
        return Character.toUpperCase(out.charAt(0)) + out.substring(1);
    }
}
