package org.alumniportal.profile.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.alumniportal.platform.events.application.ApplicationSubmitted;
import org.alumniportal.platform.events.application.ApplicationWithdrawn;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.profile.support.ProfileHttp;
import org.alumniportal.profile.support.ProfileIntegrationTest;
import org.alumniportal.profile.support.SampleFiles;
import org.alumniportal.profile.support.TestUsers;

class UploadIT extends ProfileIntegrationTest {

    @Autowired
    EventPublisher events;

    @Autowired
    org.springframework.data.mongodb.core.MongoTemplate mongo;

    @Test
    void renamedExecutableIsRefusedAsCv() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada);

        ProfileHttp.Response response = http.upload("/api/profiles/upload-cv", ada.bearer(), "cv.pdf",
                "application/pdf", SampleFiles.exe());

        assertThat(response.status()).isEqualTo(415);
        assertThat(response.problemType()).isEqualTo("unsupported-file-type");
        assertThat(http.get("/api/profiles/me", ada.bearer()).json().path("hasCv").asBoolean()).isFalse();
    }

    @Test
    void pdfCvIsStoredAndTheOwnerDownloadsTheSameBytes() {
        TestUsers ada = TestUsers.alumnus();
        int before = createProfile(ada).path("completionPercentage").asInt();

        ProfileHttp.Response upload = http.upload("/api/profiles/upload-cv", ada.bearer(), "Ada CV.pdf",
                "application/octet-stream", SampleFiles.pdf());

        assertThat(upload.status()).isEqualTo(200);
        assertThat(upload.json().path("hasCv").asBoolean()).isTrue();
        assertThat(upload.json().path("cv").path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(upload.json().path("completionPercentage").asInt()).isEqualTo(before + 5);
        ProfileHttp.Response download = http.get("/api/profiles/" + ada.id() + "/cv", ada.bearer());
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        assertThat(download.bytes()).isEqualTo(SampleFiles.pdf());
        assertThat(download.raw().headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).startsWith("attachment").contains("Ada CV.pdf"));
    }

    @Test
    void docxCvIsAcceptedWhateverTheClientCallsIt() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada);

        ProfileHttp.Response upload = http.upload("/api/profiles/upload-cv", ada.bearer(), "cv", "text/plain",
                SampleFiles.docx());

        assertThat(upload.status()).isEqualTo(200);
        assertThat(upload.json().path("cv").path("contentType").asString())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void aRandomStudentCannotDownloadSomeonesCv() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada);
        http.upload("/api/profiles/upload-cv", ada.bearer(), "cv.pdf", "application/pdf", SampleFiles.pdf());

        ProfileHttp.Response response = http.get("/api/profiles/" + ada.id() + "/cv", TestUsers.student().bearer());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.problemType()).isEqualTo("not-found");
        assertThat(http.get("/api/profiles/" + ada.id() + "/cv", TestUsers.admin().bearer()).status())
                .isEqualTo(200);
    }

    @Test
    void thePosterOfAJobTheOwnerAppliedToMayDownloadTheCv() {
        TestUsers ada = TestUsers.alumnus();
        TestUsers recruiter = TestUsers.with("RECRUITER");
        createProfile(ada);
        http.upload("/api/profiles/upload-cv", ada.bearer(), "cv.pdf", "application/pdf", SampleFiles.pdf());
        assertThat(http.get("/api/profiles/" + ada.id() + "/cv", recruiter.bearer()).status()).isEqualTo(404);

        events.publish("app-" + UUID.randomUUID(), new ApplicationSubmitted("app-1", "job-1", "Engineer", ada.id(),
                recruiter.id(), "PROFILE", Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            ProfileHttp.Response download = http.get("/api/profiles/" + ada.id() + "/cv", recruiter.bearer());
            assertThat(download.status()).isEqualTo(200);
            assertThat(download.bytes()).isEqualTo(SampleFiles.pdf());
        });
    }

    @Test
    void thePostersAccessEndsWithTheWithdrawalAndEveryDownloadIsRecorded() {
        TestUsers ada = TestUsers.alumnus();
        TestUsers recruiter = TestUsers.with("RECRUITER");
        createProfile(ada);
        http.upload("/api/profiles/upload-cv", ada.bearer(), "cv.pdf", "application/pdf", SampleFiles.pdf());
        String applicationId = "app-" + UUID.randomUUID();
        events.publish(applicationId, new ApplicationSubmitted(applicationId, "job-w", "Engineer", ada.id(),
                recruiter.id(), "PROFILE", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.get("/api/profiles/" + ada.id() + "/cv", recruiter.bearer()).status()).isEqualTo(200));
        assertThat(mongo.getCollection("cv_downloads").countDocuments(new org.bson.Document("ownerId", ada.id())
                .append("downloaderId", recruiter.id()))).as("each download is recorded").isGreaterThanOrEqualTo(1);

        events.publish(applicationId, new ApplicationWithdrawn(applicationId, "job-w", ada.id(), recruiter.id(),
                "SUBMITTED"));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.get("/api/profiles/" + ada.id() + "/cv", recruiter.bearer()).status()).isEqualTo(404));
    }

    @Test
    void anApplicationWithItsOwnUploadedCvDoesNotOpenTheProfileCv() {
        TestUsers ada = TestUsers.alumnus();
        TestUsers uploadPoster = TestUsers.with("RECRUITER");
        TestUsers profilePoster = TestUsers.with("RECRUITER");
        createProfile(ada);
        http.upload("/api/profiles/upload-cv", ada.bearer(), "cv.pdf", "application/pdf", SampleFiles.pdf());
        String subject = "app-" + UUID.randomUUID();
        events.publish(subject, new ApplicationSubmitted(subject, "job-u", "Engineer", ada.id(), uploadPoster.id(),
                "UPLOAD", Instant.now()));
        // Same subject, so the same partition: once the second one is applied, the first was handled too.
        events.publish(subject, new ApplicationSubmitted(subject + "-2", "job-p", "Engineer", ada.id(),
                profilePoster.id(), "PROFILE", Instant.now()));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(http.get("/api/profiles/" + ada.id() + "/cv", profilePoster.bearer()).status()).isEqualTo(200));
        assertThat(http.get("/api/profiles/" + ada.id() + "/cv", uploadPoster.bearer()).status()).isEqualTo(404);
    }

    @Test
    void photoIsServedToSignedInUsersUnlessTheProfileIsHidden() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada, Map.of("name", "Ada"));

        ProfileHttp.Response upload = http.upload("/api/profiles/upload-photo", ada.bearer(), "me.png", "image/png",
                SampleFiles.png());

        assertThat(upload.status()).isEqualTo(200);
        assertThat(upload.json().path("photoUrl").asString()).isEqualTo("/api/profiles/" + ada.id() + "/photo");
        ProfileHttp.Response photo = http.get("/api/profiles/" + ada.id() + "/photo", TestUsers.student().bearer());
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.contentType()).startsWith("image/png");

        http.put("/api/profiles/" + ada.id(), ada.bearer(), Map.of("name", "Ada", "visibility", "HIDDEN"));
        assertThat(http.get("/api/profiles/" + ada.id() + "/photo", TestUsers.student().bearer()).status())
                .isEqualTo(404);
    }

    @Test
    void aPdfIsNotAcceptedAsPhoto() {
        TestUsers ada = TestUsers.alumnus();
        createProfile(ada);

        ProfileHttp.Response upload = http.upload("/api/profiles/upload-photo", ada.bearer(), "me.png", "image/png",
                SampleFiles.pdf());

        assertThat(upload.status()).isEqualTo(415);
        assertThat(http.get("/api/profiles/me", ada.bearer()).json().path("photoUrl").isNull()).isTrue();
    }
}
