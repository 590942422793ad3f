package org.alumniportal.profile.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.profile.ProfileCreated;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.alumniportal.platform.events.user.UserRoleChanged;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.profile.support.ProfileHttp;
import org.alumniportal.profile.support.ProfileIntegrationTest;
import org.alumniportal.profile.support.TestUsers;

class ProfileIT extends ProfileIntegrationTest {

    @Autowired
    EventPublisher events;

    @Test
    void ownerCreatesAProfileWithNormalisedSkillsAndReadsItBack() {
        TestUsers ada = TestUsers.alumnus();

        JsonNode created = createProfile(ada, Map.of("name", "Ada", "headline", "Platform engineer",
                "skills", List.of("js", " K8S ", "springboot", "JavaScript"), "batchYear", 2016));

        assertThat(created.path("userId").asString()).isEqualTo(ada.id());
        assertThat(created.path("role").asString()).isEqualTo("ALUMNI");
        assertThat(created.path("email").asString()).isEqualTo(ada.email());
        assertThat(created.path("skills").toString()).isEqualTo("[\"JavaScript\",\"Kubernetes\",\"Spring Boot\"]");
        assertThat(created.path("verificationStatus").asString()).isEqualTo("UNVERIFIED");
        ProfileHttp.Response me = http.get("/api/profiles/me", ada.bearer());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("headline").asString()).isEqualTo("Platform engineer");
        assertThat(recorded.savedCount(ada.id())).isEqualTo(1);
    }

    @Test
    void creatingASecondProfileIsAConflict() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada);

        ProfileHttp.Response again = http.post("/api/profiles", ada.bearer(), Map.of("name", "Ada"));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("profile-exists");
    }

    @Test
    void myProfileBeforeCreatingOneIsProfileNotFound() {
        ProfileHttp.Response me = http.get("/api/profiles/me", TestUsers.alumnus().bearer());

        assertThat(me.status()).isEqualTo(404);
        assertThat(me.problemType()).isEqualTo("not-found");
    }

    @Test
    void completionGrowsAsTheOwnerFillsInTheProfile() {
        TestUsers ada = TestUsers.alumnus();
        int before = createProfile(ada, Map.of("name", "Ada")).path("completionPercentage").asInt();

        ProfileHttp.Response updated = http.put("/api/profiles/" + ada.id(), ada.bearer(), fullProfile());

        assertThat(updated.status()).isEqualTo(200);
        int after = updated.json().path("completionPercentage").asInt();
        assertThat(before).isEqualTo(10);
        assertThat(after).isEqualTo(85); // everything but photo (10) and CV (5), see ProfileCompletion
        assertThat(updated.json().path("experience").get(0).path("company").asString()).isEqualTo("Acme");
    }

    @Test
    void anotherUserCannotEditTheProfile() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada);

        ProfileHttp.Response put = http.put("/api/profiles/" + ada.id(), TestUsers.alumnus().bearer(),
                Map.of("name", "Mallory"));

        assertThat(put.status()).isEqualTo(403);
        assertThat(put.problemType()).isEqualTo("forbidden");
        assertThat(http.get("/api/profiles/me", ada.bearer()).json().path("name").asString()).isEqualTo("Ada Lovelace");
    }

    @Test
    void invalidFieldsAreReportedFieldByField() {
        TestUsers ada = TestUsers.alumnus();
        List<String> skills = new ArrayList<>();
        for (int i = 0; i < 51; i++) {
            skills.add("skill " + i);
        }
        Map<String, Object> body = new HashMap<>();
        body.put("batchYear", 1900);
        body.put("socialLinks", Map.of("linkedin", "not a url"));
        body.put("skills", skills);
        body.put("experience", List.of(Map.of("company", "Acme", "role", "Dev", "startDate", "2020-13")));

        ProfileHttp.Response response = http.post("/api/profiles/create", ada.bearer(), body);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("validation");
        List<String> fields = new ArrayList<>();
        response.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).anyMatch(f -> f.startsWith("batchYear")).anyMatch(f -> f.startsWith("socialLinks"))
                .anyMatch(f -> f.equals("skills")).anyMatch(f -> f.startsWith("experience[0].startDate"));
        assertThat(http.get("/api/profiles/me", ada.bearer()).status()).isEqualTo(404);
    }

    @Test
    void hiddenProfileIsNotFoundForOthersButVisibleToOwnerAndAdmin() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada, Map.of("name", "Ada", "visibility", "HIDDEN"));

        ProfileHttp.Response other = http.get("/api/profiles/" + ada.id(), TestUsers.alumnus().bearer());

        assertThat(other.status()).isEqualTo(404);
        assertThat(other.problemType()).isEqualTo("not-found");
        assertThat(http.get("/api/profiles/" + ada.id(), ada.bearer()).status()).isEqualTo(200);
        assertThat(http.get("/api/profiles/" + ada.id(), TestUsers.admin().bearer()).status()).isEqualTo(200);
    }

    @Test
    void alumniOnlyProfileIsShownOnlyToVerifiedAlumni() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada, Map.of("name", "Ada", "visibility", "ALUMNI_ONLY"));
        TestUsers claimsToBeAlumnus = TestUsers.alumnus();
        createProfile(claimsToBeAlumnus);
        TestUsers verified = TestUsers.alumnus();
        createProfile(verified);
        assertThat(http.post("/api/admin/profiles/verify/" + verified.id(), TestUsers.admin().bearer(), null).status())
                .isEqualTo(200);

        assertThat(http.get("/api/profiles/" + ada.id(), TestUsers.student().bearer()).status()).isEqualTo(404);
        assertThat(http.get("/api/profiles/" + ada.id(), claimsToBeAlumnus.bearer()).status())
                .as("registering as ALUMNI proves nothing").isEqualTo(404);
        assertThat(http.get("/api/profiles/" + ada.id(), TestUsers.alumnus().bearer()).status())
                .as("an alumnus without a profile is not verified either").isEqualTo(404);
        assertThat(http.get("/api/profiles/" + ada.id(), verified.bearer()).status()).isEqualTo(200);
    }

    @Test
    void contactFieldsReachOthersOnlyWhenTheOwnerOpensThem() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada, Map.of("name", "Ada", "phone", "+44 20 7946 0000",
                "socialLinks", Map.of("github", "https://github.com/ada"),
                "contactVisibility", Map.of("showSocialLinks", false)));
        TestUsers bob = TestUsers.alumnus();

        JsonNode seenByBob = http.get("/api/profiles/" + ada.id(), bob.bearer()).json();
        assertThat(seenByBob.path("email").isNull()).isTrue();
        assertThat(seenByBob.path("phone").isNull()).isTrue();
        assertThat(seenByBob.path("socialLinks").isNull()).isTrue();
        assertThat(seenByBob.path("verifiedBy").isNull()).isTrue();
        assertThat(http.get("/api/profiles/me", ada.bearer()).json().path("phone").asString())
                .isEqualTo("+44 20 7946 0000");

        Map<String, Object> open = new HashMap<>(Map.of("name", "Ada", "phone", "+44 20 7946 0000",
                "contactVisibility", Map.of("showEmail", true, "showPhone", true, "showSocialLinks", true)));
        assertThat(http.put("/api/profiles/" + ada.id(), ada.bearer(), open).status()).isEqualTo(200);
        JsonNode nowSeen = http.get("/api/profiles/" + ada.id(), bob.bearer()).json();
        assertThat(nowSeen.path("email").asString()).isEqualTo(ada.email());
        assertThat(nowSeen.path("phone").asString()).isEqualTo("+44 20 7946 0000");
    }

    @Test
    void createAndUpdateAreAnnouncedOnKafkaWithTheContractFields() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada);
        http.put("/api/profiles/" + ada.id(), ada.bearer(), fullProfile());

        JsonNode created = awaitEvents(Topics.PROFILE, typeOf(ProfileCreated.class), ada.id(), 1).get(0);
        JsonNode updated = awaitEvents(Topics.PROFILE, typeOf(ProfileUpdated.class), ada.id(), 1).get(0);

        assertThat(fieldNames(created.path("data"))).isEqualTo(sampleFields(ProfileCreated.class));
        assertThat(fieldNames(updated.path("data"))).isEqualTo(sampleFields(ProfileUpdated.class));
        assertThat(updated.path("data").path("skills").toString()).contains("Kubernetes");
        assertThat(updated.path("data").path("yearsOfExperience").asInt()).isGreaterThanOrEqualTo(3);
        assertThat(updated.path("data").path("currentCompany").asString()).isEqualTo("Acme");
    }

    @Test
    void anOptionalIndustryFromTheFixedListIsStoredAndAnnounced() {
        TestUsers ada = TestUsers.alumnus();
        Map<String, Object> body = fullProfile();
        body.put("industry", "FINANCE");
        JsonNode created = createProfile(ada, body);
        assertThat(created.path("industry").asString()).isEqualTo("FINANCE");

        body.put("industry", "HEALTHCARE");
        ProfileHttp.Response updated = http.put("/api/profiles/" + ada.id(), ada.bearer(), body);
        assertThat(updated.status()).isEqualTo(200);
        assertThat(http.get("/api/profiles/me", ada.bearer()).json().path("industry").asString())
                .isEqualTo("HEALTHCARE");

        JsonNode createdEvent = awaitEvents(Topics.PROFILE, typeOf(ProfileCreated.class), ada.id(), 1).get(0);
        JsonNode updatedEvent = awaitEvents(Topics.PROFILE, typeOf(ProfileUpdated.class), ada.id(), 1).get(0);
        assertThat(createdEvent.path("data").path("industry").asString()).isEqualTo("FINANCE");
        assertThat(updatedEvent.path("data").path("industry").asString()).isEqualTo("HEALTHCARE");
    }

    @Test
    void anIndustryOutsideTheFixedListIsAFieldError() {
        TestUsers ada = TestUsers.alumnus();
        Map<String, Object> body = fullProfile();
        body.put("industry", "SPACE_MINING");

        ProfileHttp.Response refused = http.post("/api/profiles", ada.bearer(), body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemType()).isEqualTo("validation");
        List<String> fields = new ArrayList<>();
        refused.json().path("errors").forEach(e -> fields.add(e.path("field").asString()));
        assertThat(fields).containsExactly("industry");
        assertThat(http.get("/api/profiles/me", ada.bearer()).status()).isEqualTo(404);
    }

    @Test
    void roleChangeFromAuthServiceIsAppliedToTheProfile() {
        TestUsers sam = TestUsers.student();
        createProfile(sam);
        assertThat(http.get("/api/profiles/me", sam.bearer()).json().path("role").asString()).isEqualTo("STUDENT");

        events.publish(sam.id(), new UserRoleChanged(sam.id(), "STUDENT", "ALUMNI", "admin-1"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                http.get("/api/profiles/me", sam.bearer()).json().path("role").asString()).isEqualTo("ALUMNI"));
    }

    static Map<String, Object> fullProfile() {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Ada Lovelace");
        body.put("headline", "Staff engineer");
        body.put("bio", "Analytical engines.");
        body.put("currentCompany", "Acme");
        body.put("currentRole", "Staff Engineer");
        body.put("location", "London");
        body.put("batchYear", 2012);
        body.put("experience", List.of(Map.of("company", "Acme", "role", "Engineer", "startDate", "2018-01",
                "current", true)));
        body.put("education", List.of(Map.of("institution", "State University", "degree", "BSc",
                "graduationYear", 2012)));
        body.put("skills", List.of("java", "k8s", "sql"));
        body.put("achievements", List.of("Built the first program"));
        body.put("socialLinks", Map.of("linkedin", "https://linkedin.com/in/ada"));
        return body;
    }
}
