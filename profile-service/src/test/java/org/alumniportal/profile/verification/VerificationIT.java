package org.alumniportal.profile.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.profile.ProfileRejected;
import org.alumniportal.platform.events.profile.ProfileUpdated;
import org.alumniportal.platform.events.profile.ProfileVerified;
import org.alumniportal.profile.support.ProfileHttp;
import org.alumniportal.profile.support.ProfileIntegrationTest;
import org.alumniportal.profile.support.TestUsers;

class VerificationIT extends ProfileIntegrationTest {

    @Test
    void adminVerifiesARequestAndLaterWithdrawsItEachStepAuditedAndAnnounced() {
        TestUsers ada = TestUsers.alumnus();
        TestUsers admin = TestUsers.admin();
        createProfile(ada);

        ProfileHttp.Response requested = http.post("/api/profiles/me/verification-request", ada.bearer(), null);
        assertThat(requested.status()).isEqualTo(200);
        assertThat(requested.json().path("verificationStatus").asString()).isEqualTo("PENDING");
        assertThat(pendingIds(admin)).contains(ada.id());

        ProfileHttp.Response verified = http.post("/api/admin/profiles/verify/" + ada.id(), admin.bearer(), null);
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.json().path("verificationStatus").asString()).isEqualTo("VERIFIED");
        assertThat(verified.json().path("verifiedBy").asString()).isEqualTo(admin.id());
        assertThat(pendingIds(admin)).doesNotContain(ada.id());
        assertThat(http.get("/api/profiles/" + ada.id(), TestUsers.student().bearer()).json().path("verified")
                .asBoolean()).isTrue();

        ProfileHttp.Response withdrawn = http.post("/api/admin/profiles/reject/" + ada.id(), admin.bearer(),
                Map.of("reason", "Degree could not be confirmed"));
        assertThat(withdrawn.status()).isEqualTo(200);
        assertThat(withdrawn.json().path("verificationStatus").asString()).isEqualTo("REJECTED");
        assertThat(http.get("/api/profiles/me", ada.bearer()).json().path("rejectionReason").asString())
                .isEqualTo("Degree could not be confirmed");

        JsonNode verifiedEvent = awaitEvents(Topics.PROFILE, typeOf(ProfileVerified.class), ada.id(), 1).get(0);
        assertThat(fieldNames(verifiedEvent.path("data"))).isEqualTo(sampleFields(ProfileVerified.class));
        assertThat(verifiedEvent.path("data").path("verifiedBy").asString()).isEqualTo(admin.id());
        JsonNode rejectedEvent = awaitEvents(Topics.PROFILE, typeOf(ProfileRejected.class), ada.id(), 1).get(0);
        assertThat(fieldNames(rejectedEvent.path("data"))).isEqualTo(sampleFields(ProfileRejected.class));
        assertThat(rejectedEvent.path("data").path("wasVerified").asBoolean()).isTrue();

        List<String> actions = new ArrayList<>();
        http.get("/api/admin/profiles/" + ada.id() + "/audit", admin.bearer()).json().path("items")
                .forEach(e -> actions.add(e.path("action").asString()));
        assertThat(actions).containsExactly("REQUESTED", "VERIFIED", "WITHDRAWN");
    }

    @Test
    void everyStepOfTheQueueIsAnnouncedWithTheVerificationStatusSoConsumersCanCountIt() {
        TestUsers ada = TestUsers.alumnus();
        TestUsers admin = TestUsers.admin();
        createProfile(ada);

        http.post("/api/profiles/me/verification-request", ada.bearer(), null);
        http.post("/api/admin/profiles/reject/" + ada.id(), admin.bearer(), Map.of("reason", "Blurry scan"));
        http.post("/api/profiles/me/verification-request", ada.bearer(), null);

        List<String> statuses = new ArrayList<>();
        awaitEvents(Topics.PROFILE, typeOf(ProfileUpdated.class), ada.id(), 3)
                .forEach(e -> statuses.add(e.path("data").path("verificationStatus").asString()));
        assertThat(statuses).containsExactly("PENDING", "REJECTED", "PENDING");
        assertThat(pendingIds(admin)).contains(ada.id());
    }

    @Test
    void rejectionNeedsAReasonAndTheReasonStaysPrivateToTheOwner() {
        TestUsers ada = TestUsers.alumnus();
        TestUsers admin = TestUsers.admin();
        createProfile(ada);
        http.post("/api/profiles/me/verification-request", ada.bearer(), null);

        ProfileHttp.Response blank = http.post("/api/admin/profiles/reject/" + ada.id(), admin.bearer(),
                Map.of("reason", "  "));
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("errors").get(0).path("field").asString()).isEqualTo("reason");

        ProfileHttp.Response rejected = http.post("/api/admin/profiles/reject/" + ada.id(), admin.bearer(),
                Map.of("reason", "Please add your graduation year"));
        assertThat(rejected.status()).isEqualTo(200);
        JsonNode seenByOthers = http.get("/api/profiles/" + ada.id(), TestUsers.alumnus().bearer()).json();
        assertThat(seenByOthers.path("rejectionReason").isNull()).isTrue();
        assertThat(seenByOthers.path("verificationStatus").isNull()).isTrue();
        JsonNode event = awaitEvents(Topics.PROFILE, typeOf(ProfileRejected.class), ada.id(), 1).get(0);
        assertThat(event.path("data").path("wasVerified").asBoolean()).isFalse();
        assertThat(event.path("data").path("reason").asString()).isEqualTo("Please add your graduation year");
    }

    @Test
    void onlyAdminsSeeTheQueueAndDecide() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada);
        http.post("/api/profiles/me/verification-request", ada.bearer(), null);

        assertThat(http.get("/api/admin/profiles/pending", ada.bearer()).status()).isEqualTo(403);
        assertThat(http.post("/api/admin/profiles/verify/" + ada.id(), ada.bearer(), null).status()).isEqualTo(403);
        assertThat(http.get("/api/admin/profiles/" + ada.id() + "/audit", ada.bearer()).status()).isEqualTo(403);
        assertThat(http.get("/api/profiles/me", ada.bearer()).json().path("verificationStatus").asString())
                .isEqualTo("PENDING");
    }

    @Test
    void rejectingAnUnrequestedProfileIsAConflict() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada);

        ProfileHttp.Response response = http.post("/api/admin/profiles/reject/" + ada.id(),
                TestUsers.admin().bearer(), Map.of("reason", "no"));

        assertThat(response.status()).isEqualTo(409);
        assertThat(response.problemType()).isEqualTo("nothing-to-reject");
    }

    private List<String> pendingIds(TestUsers admin) {
        List<String> ids = new ArrayList<>();
        ProfileHttp.Response page = http.get("/api/admin/profiles/pending?size=100", admin.bearer());
        assertThat(page.status()).isEqualTo(200);
        page.json().path("items").forEach(item -> ids.add(item.path("userId").asString()));
        return ids;
    }
}
