package org.alumniportal.job.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.alumniportal.platform.test.Api;
import org.alumniportal.job.testing.JobIntegrationTest;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

class CvUploadIT extends JobIntegrationTest {

    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
            .getBytes(StandardCharsets.US_ASCII);

    @Autowired
    private MongoTemplate mongo;

    private String poster;
    private String student;
    private String jobId;

    @BeforeEach
    void aPostedJob() {
        poster = bearer(newId("recruiter"), "RECRUITER");
        student = bearer(newId("student"), "STUDENT");
        jobId = postJob(poster, jobBody("Data Engineer", "Acme"));
    }

    @Test
    void anUploadedCvTravelsWithTheApplicationAndOnlyItsPartiesDownloadIt() {
        Api.Response applied = api.multipart("/api/jobs/" + jobId + "/apply", Map.of("coverLetter", "See my CV"),
                new Api.FilePart("file", "ada-cv.pdf", "application/pdf", PDF), student);

        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
        String id = applied.json().path("id").asString();
        assertThat(applied.json().path("cvSource").asString()).isEqualTo("UPLOAD");
        assertThat(applied.json().path("cvPath").asString()).isEqualTo("/api/applications/" + id + "/cv");
        assertThat(applied.json().path("cvFileName").asString()).isEqualTo("ada-cv.pdf");
        assertThat(applied.json().path("coverLetter").asString()).isEqualTo("See my CV");

        HttpResponse<byte[]> byPoster = api.download("/api/applications/" + id + "/cv", poster);
        assertThat(byPoster.statusCode()).isEqualTo(200);
        assertThat(byPoster.body()).isEqualTo(PDF);
        assertThat(byPoster.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(api.download("/api/applications/" + id + "/cv", student).statusCode()).isEqualTo(200);
        // Downloading the CV is not opening the application: it stays SUBMITTED until the poster reads it.
        assertThat(api.get("/api/applications/" + id, student).json().path("status").asString())
                .isEqualTo("SUBMITTED");

        String stranger = bearer(newId("student"), "STUDENT");
        assertThat(api.download("/api/applications/" + id + "/cv", stranger).statusCode()).isEqualTo(404);
    }

    @Test
    void thePostersAccessToTheCvEndsWithTheWithdrawalAndEveryDownloadIsRecorded() {
        String applicantId = newId("student");
        String applicant = bearer(applicantId, "STUDENT");
        String id = api.multipart("/api/jobs/" + jobId + "/apply", Map.of(),
                new Api.FilePart("cv", "cv.pdf", "application/pdf", PDF), applicant).json().path("id").asString();
        assertThat(api.download("/api/applications/" + id + "/cv", poster).statusCode()).isEqualTo(200);
        assertThat(api.download("/api/applications/" + id + "/cv", applicant).statusCode()).isEqualTo(200);

        assertThat(api.post("/api/applications/" + id + "/withdraw", null, applicant).status()).isEqualTo(200);

        Api.Response afterWithdrawal = api.get("/api/applications/" + id + "/cv", poster);
        assertThat(afterWithdrawal.status()).isEqualTo(403);
        assertThat(afterWithdrawal.problemType()).isEqualTo("cv-access-ended");
        assertThat(api.download("/api/applications/" + id + "/cv", applicant).statusCode())
                .as("the applicant keeps their own CV").isEqualTo(200);
        List<Document> downloads = mongo.getCollection("cv_downloads").find(new Document("applicationId", id))
                .into(new ArrayList<>());
        assertThat(downloads).as("the poster's download, not the applicant's own").hasSize(1);
        assertThat(downloads.get(0).getString("as")).isEqualTo("POSTER");
        assertThat(downloads.get(0).getString("applicantId")).isEqualTo(applicantId);
        assertThat(downloads.get(0).get("at")).isNotNull();
    }

    @Test
    void aRenamedExecutableIsRefusedAndNoApplicationIsLeftBehind() {
        byte[] exe = new byte[1024];
        exe[0] = 'M';
        exe[1] = 'Z';
        Api.Response refused = api.multipart("/api/jobs/" + jobId + "/apply", Map.of(),
                new Api.FilePart("cv", "cv.pdf", "application/pdf", exe), student);

        assertThat(refused.status()).isEqualTo(415);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(api.get("/api/applications/my-applications", student).json().path("totalElements").asLong())
                .isZero();
        // The refusal did not count as the one application per job.
        Api.Response applied = api.multipart("/api/jobs/" + jobId + "/apply", Map.of(),
                new Api.FilePart("cv", "cv.pdf", "application/pdf", PDF), student);
        assertThat(applied.status()).as(applied.body()).isEqualTo(201);
    }

    @Test
    void aMultipartApplicationWithoutTheFileIsABadRequest() {
        Api.Response refused = api.multipart("/api/jobs/" + jobId + "/apply", Map.of("coverLetter", "no file"),
                null, student);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.problemType()).isEqualTo("file-missing");
    }

    @Test
    void aProfileCvApplicationHasNoUploadToDownload() {
        String id = applyTo(jobId, student);

        Api.Response missing = api.get("/api/applications/" + id + "/cv", student);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problemType()).isEqualTo("not-found");
    }
}
