package org.alumniportal.profile.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.alumniportal.profile.support.ProfileHttp;
import org.alumniportal.profile.support.ProfileIntegrationTest;
import org.alumniportal.profile.support.TestUsers;

/**
 * The directory through HTTP: who finds whom, what never shows up, and the anti-scraping limits. Each test uses
 * its own made-up skill/company so that profiles of other tests in the shared database never interfere.
 */
class DirectorySearchIT extends ProfileIntegrationTest {

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8);
    }

    private JsonNode profile(TestUsers user, String company, Integer batch, String visibility, String... skills) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Alum " + user.id().substring(0, 6));
        body.put("headline", "Backend engineer");
        body.put("currentCompany", company);
        body.put("currentRole", "Software Engineer");
        body.put("location", "Pune");
        body.put("batchYear", batch);
        body.put("skills", List.of(skills));
        body.put("phone", "+91 98765 43210");
        if (visibility != null) {
            body.put("visibility", visibility);
        }
        return createProfile(user, body);
    }

    private static List<String> userIds(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.path("items").forEach(item -> ids.add(item.path("userId").asString()));
        return ids;
    }

    @Test
    void aStudentFindsAVerifiedAlumnusBySkillAndBatchWithoutContactFields() {
        String skill = unique("Skill");
        TestUsers alumnus = TestUsers.alumnus();
        TestUsers otherBatch = TestUsers.alumnus();
        profile(alumnus, "Acme", 2019, null, "java", skill);
        profile(otherBatch, "Acme", 2020, null, "Java", skill);
        assertThat(http.post("/api/admin/profiles/verify/" + alumnus.id(), TestUsers.admin().bearer(), null).status())
                .isEqualTo(200);

        ProfileHttp.Response found = http.get("/api/profiles/search?skills=Java," + skill.toLowerCase()
                + "&batchYear=2019&verifiedOnly=true", TestUsers.student().bearer());

        assertThat(found.status()).isEqualTo(200);
        assertThat(userIds(found.json())).containsExactly(alumnus.id());
        JsonNode card = found.json().path("items").get(0);
        assertThat(card.path("verified").asBoolean()).isTrue();
        assertThat(card.path("batchYear").asInt()).isEqualTo(2019);
        assertThat(card.has("email")).isFalse();
        assertThat(card.has("phone")).isFalse();
        assertThat(card.has("socialLinks")).isFalse();
        assertThat(found.body()).doesNotContain(alumnus.email());
    }

    @Test
    void aHiddenProfileAppearsInNoSearchDirectoryOptionsOrSuggestions() {
        String skill = unique("Skill");
        String hiddenCompany = unique("Hideout");
        TestUsers hidden = TestUsers.alumnus();
        TestUsers viewer = TestUsers.alumnus();
        profile(hidden, hiddenCompany, 2019, "HIDDEN", skill);
        profile(viewer, "Acme", 2019, null, skill);
        TestUsers admin = TestUsers.admin();

        assertThat(userIds(http.get("/api/profiles/search?skills=" + skill, admin.bearer()).json()))
                .containsExactly(viewer.id());
        assertThat(http.get("/api/profiles/search?company=" + hiddenCompany, admin.bearer()).json()
                .path("totalElements").asLong()).isZero();
        List<String> directory = userIds(http.get("/api/profiles/directory?sort=recent&size=50", admin.bearer())
                .json());
        assertThat(directory).contains(viewer.id()).doesNotContain(hidden.id());
        JsonNode options = http.get("/api/profiles/filters/options", admin.bearer()).json();
        assertThat(options.path("companies").size()).isPositive();
        assertThat(options.toString()).doesNotContainIgnoringCase(hiddenCompany);
        JsonNode suggestions = http.post("/api/matching/alumni-connections", viewer.bearer(), "{\"limit\": 50}")
                .json();
        List<String> suggested = new ArrayList<>();
        suggestions.path("items").forEach(s -> suggested.add(s.path("profile").path("userId").asString()));
        assertThat(suggested).doesNotContain(hidden.id(), viewer.id());
    }

    @Test
    void suggestionsExplainWhatIsSharedAndNeverIncludeTheCaller() {
        String skill = unique("Skill");
        String company = unique("Company");
        TestUsers me = TestUsers.student();
        TestUsers colleague = TestUsers.alumnus();
        profile(me, company, 2019, null, "Java", skill);
        profile(colleague, company, 2020, null, "java", skill);

        ProfileHttp.Response response = http.post("/api/matching/alumni-connections", me.bearer(), null);

        assertThat(response.status()).isEqualTo(200);
        JsonNode first = response.json().path("items").get(0);
        assertThat(first.path("profile").path("userId").asString()).isEqualTo(colleague.id());
        List<String> reasons = new ArrayList<>();
        first.path("reasons").forEach(r -> reasons.add(r.asString()));
        assertThat(reasons).contains("2 shared skills: Java, " + skill, "both at " + company, "both in Pune",
                "batch of 2020");
        assertThat(response.body()).doesNotContain("\"userId\":\"" + me.id() + "\"");
    }

    @Test
    void alumniRecommendationsAreTheConnectionSuggestionsAsAGet() {
        String skill = unique("Skill");
        String company = unique("Company");
        TestUsers me = TestUsers.student();
        TestUsers colleague = TestUsers.alumnus();
        profile(me, company, 2019, null, "Java", skill);
        profile(colleague, company, 2020, null, "java", skill);

        ProfileHttp.Response response = http.get("/api/recommendations/alumni?limit=5", me.bearer());
        ProfileHttp.Response tooMany = http.get("/api/recommendations/alumni?limit=51", me.bearer());

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("items").get(0).path("profile").path("userId").asString())
                .isEqualTo(colleague.id());
        assertThat(response.json().path("items").size()).isLessThanOrEqualTo(5);
        assertThat(response.body()).doesNotContain("\"userId\":\"" + me.id() + "\"");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.problemType()).isEqualTo("validation");
    }

    @Test
    void suggestionsNeedOwnProfileAndASaneLimit() {
        TestUsers nobody = TestUsers.alumnus();

        ProfileHttp.Response noProfile = http.post("/api/matching/alumni-connections", nobody.bearer(), null);
        ProfileHttp.Response tooMany = http.post("/api/matching/alumni-connections", nobody.bearer(),
                "{\"limit\": 51}");

        assertThat(noProfile.status()).isEqualTo(409);
        assertThat(noProfile.problemType()).isEqualTo("profile-required");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.body()).contains("limit");
    }

    @Test
    void anAlumniOnlyProfileIsListedOnlyForVerifiedAlumni() {
        String skill = unique("Skill");
        TestUsers closed = TestUsers.alumnus();
        profile(closed, "Acme", 2018, "ALUMNI_ONLY", skill);
        TestUsers unverified = TestUsers.alumnus();
        profile(unverified, "Other", 2018, null, unique("Skill"));
        TestUsers verified = TestUsers.alumnus();
        profile(verified, "Other", 2018, null, unique("Skill"));
        assertThat(http.post("/api/admin/profiles/verify/" + verified.id(), TestUsers.admin().bearer(), null).status())
                .isEqualTo(200);

        assertThat(http.get("/api/profiles/search?skills=" + skill, TestUsers.student().bearer()).json()
                .path("totalElements").asLong()).isZero();
        assertThat(http.get("/api/profiles/search?skills=" + skill, unverified.bearer()).json()
                .path("totalElements").asLong()).as("the ALUMNI role alone is self-chosen").isZero();
        assertThat(userIds(http.get("/api/profiles/search?skills=" + skill, verified.bearer()).json()))
                .containsExactly(closed.id());
    }

    @Test
    void anonymousCallersSeeNothing() {
        assertThat(http.get("/api/profiles/search?skills=Java", null).status()).isEqualTo(401);
        assertThat(http.get("/api/profiles/directory", null).status()).isEqualTo(401);
        assertThat(http.get("/api/profiles/filters/options", null).status()).isEqualTo(401);
        assertThat(http.post("/api/matching/alumni-connections", null, null).status()).isEqualTo(401);
    }

    @Test
    void pageSizesAreCappedAndBadParametersAnswerFieldErrors() {
        TestUsers user = TestUsers.student();

        ProfileHttp.Response capped = http.get("/api/profiles/directory?size=500", user.bearer());
        ProfileHttp.Response bad = http.get("/api/profiles/search?batchYear=abc&page=-1", user.bearer());

        assertThat(capped.status()).isEqualTo(200);
        assertThat(capped.json().path("size").asInt()).isEqualTo(100);
        assertThat(capped.json().path("items").size()).isLessThanOrEqualTo(100);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.problemType()).isEqualTo("validation");
        List<String> fields = new ArrayList<>();
        bad.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactlyInAnyOrder("batchYear", "page");
    }

    @Test
    void aUserWhoExhaustsTheQueryBudgetGets429WithRetryAfter() {
        TestUsers scraper = TestUsers.student();
        ProfileHttp.Response last = null;
        int granted = 0;
        for (int i = 0; i < 300; i++) {
            last = http.get("/api/profiles/directory?page=" + (i % 50), scraper.bearer());
            if (last.status() != 200) {
                break;
            }
            granted++;
        }

        assertThat(granted).isBetween(60, 120);
        assertThat(last.status()).isEqualTo(429);
        assertThat(last.problemType()).isEqualTo("search-budget-exhausted");
        assertThat(last.raw().headers().firstValue("Retry-After")).hasValueSatisfying(
                v -> assertThat(Integer.parseInt(v)).isPositive());
        assertThat(http.get("/api/profiles/directory", TestUsers.student().bearer()).status()).isEqualTo(200);
    }
}
