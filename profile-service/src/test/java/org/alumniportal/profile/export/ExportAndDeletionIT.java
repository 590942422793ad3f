package org.alumniportal.profile.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.events.profile.ProfileDeleted;
import org.alumniportal.platform.files.FileStore;
import org.alumniportal.profile.support.ProfileHttp;
import org.alumniportal.profile.support.ProfileIntegrationTest;
import org.alumniportal.profile.support.SampleFiles;
import org.alumniportal.profile.support.TestUsers;

class ExportAndDeletionIT extends ProfileIntegrationTest {

    @Autowired
    FileStore files;

    @Test
    void ownerDownloadsEverythingHeldAboutThem() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada);
        http.upload("/api/profiles/upload-cv", ada.bearer(), "cv.pdf", "application/pdf", SampleFiles.pdf());
        http.post("/api/profiles/me/verification-request", ada.bearer(), null);

        ProfileHttp.Response export = http.get("/api/profiles/me/export", ada.bearer());

        assertThat(export.status()).isEqualTo(200);
        JsonNode data = export.json();
        assertThat(data.path("profile").path("email").asString()).isEqualTo(ada.email());
        assertThat(data.path("cvFile").path("sha256").asString()).hasSize(64);
        assertThat(data.path("openVerificationRequest").path("userId").asString()).isEqualTo(ada.id());
        assertThat(data.path("verificationHistory").get(0).path("action").asString()).isEqualTo("REQUESTED");
        assertThat(export.raw().headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("attachment"));
    }

    @Test
    void ownerDeletesTheProfileAndItsFilesAndTheDeletionIsAnnounced() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada);
        String cvKey = http.upload("/api/profiles/upload-cv", ada.bearer(), "cv.pdf", "application/pdf",
                SampleFiles.pdf()).status() == 200 ? http.get("/api/profiles/me/export", ada.bearer()).json()
                        .path("cvFile").path("key").asString() : null;
        assertThat(cvKey).isNotNull();
        assertThat(files.open(cvKey)).isPresent();

        ProfileHttp.Response deleted = http.delete("/api/profiles/me", ada.bearer());

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(http.get("/api/profiles/me", ada.bearer()).status()).isEqualTo(404);
        assertThat(files.open(cvKey)).isEmpty();
        assertThat(recorded.removed(ada.id())).isTrue();
        JsonNode event = awaitEvents(Topics.PROFILE, typeOf(ProfileDeleted.class), ada.id(), 1).get(0);
        assertThat(fieldNames(event.path("data"))).isEqualTo(sampleFields(ProfileDeleted.class));
        assertThat(event.path("data").path("initiator").asString()).isEqualTo("OWNER");
    }

    @Test
    void anAdminMayDeleteAProfileButAnotherUserMayNot() {
        TestUsers ada = TestUsers.alumnus();
        TestUsers admin = TestUsers.admin();
        createProfile(ada);

        ProfileHttp.Response byOther = http.delete("/api/profiles/" + ada.id(), TestUsers.alumnus().bearer());
        assertThat(byOther.status()).isEqualTo(403);
        assertThat(http.get("/api/profiles/me", ada.bearer()).status()).isEqualTo(200);

        assertThat(http.delete("/api/profiles/" + ada.id(), admin.bearer()).status()).isEqualTo(204);
        assertThat(http.get("/api/profiles/me", ada.bearer()).status()).isEqualTo(404);
        JsonNode event = awaitEvents(Topics.PROFILE, typeOf(ProfileDeleted.class), ada.id(), 1).get(0);
        assertThat(event.path("data").path("initiator").asString()).isEqualTo("ADMIN");
        assertThat(event.path("data").path("deletedBy").asString()).isEqualTo(admin.id());
    }
}
