package org.alumniportal.profile.card;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import org.alumniportal.profile.support.ProfileHttp;
import org.alumniportal.profile.support.ProfileIntegrationTest;
import org.alumniportal.profile.support.SampleFiles;
import org.alumniportal.profile.support.TestUsers;

class AlumniCardIT extends ProfileIntegrationTest {

    @Autowired
    CardTokens tokens;

    private final TestUsers admin = TestUsers.admin();

    @Test
    void aVerifiedAlumnusCardVerifiesAnonymouslyUntilAnAdminWithdrawsTheVerification() {
        TestUsers ada = verifiedAlumnus(Map.of("name", "Ada Lovelace", "batchYear", 2015,
                "education", List.of(Map.of("institution", "Uni", "degree", "BSc", "fieldOfStudy", "Mathematics",
                        "graduationYear", 2015))));

        ProfileHttp.Response generated = http.post("/api/alumni-card", ada.bearer(), null);
        assertThat(generated.status()).isEqualTo(201);
        JsonNode card = generated.json();
        assertThat(card.path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(card.path("batchYear").asInt()).isEqualTo(2015);
        assertThat(card.path("degree").asString()).isEqualTo("BSc, Mathematics");
        assertThat(card.path("status").asString()).isEqualTo("ACTIVE");
        assertThat(Duration.between(Instant.parse(card.path("issuedAt").asString()),
                Instant.parse(card.path("expiresAt").asString()))).isEqualTo(Duration.ofDays(365));
        String token = tokenOf(card.path("verifyUrl").asString());
        assertThat(token).doesNotContain(card.path("cardId").asString()); // not a guessable id in the clear

        JsonNode valid = verify(token);
        assertThat(valid.path("status").asString()).isEqualTo("VALID");
        assertThat(valid.path("holder").path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(valid.path("holder").path("batchYear").asInt()).isEqualTo(2015);

        ProfileHttp.Response withdrawn = http.post("/api/admin/profiles/reject/" + ada.id(), admin.bearer(),
                Map.of("reason", "Degree could not be confirmed"));
        assertThat(withdrawn.status()).isEqualTo(200);

        JsonNode revoked = verify(token);
        assertThat(revoked.path("status").asString()).isEqualTo("REVOKED");
        assertThat(revoked.has("holder")).isFalse();
        JsonNode mine = http.get("/api/alumni-card/me", ada.bearer()).json();
        assertThat(mine.path("status").asString()).isEqualTo("REVOKED");
        assertThat(mine.path("revokedReason").asString()).isEqualTo("profile-unverified");
        ProfileHttp.Response qr = http.get("/api/alumni-card/me/qr.png", ada.bearer());
        assertThat(qr.status()).isEqualTo(409);
        assertThat(qr.problemType()).isEqualTo("card-not-active");
        ProfileHttp.Response again = http.post("/api/alumni-card", ada.bearer(), null);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.problemType()).isEqualTo("profile-not-verified");
    }

    @Test
    void theQrPngDecodesToTheVerifyUrlOfTheCard() {
        TestUsers ada = verifiedAlumnus(Map.of("name", "Ada Lovelace"));
        JsonNode card = http.post("/api/alumni-card", ada.bearer(), null).json();

        ProfileHttp.Response png = http.get("/api/alumni-card/me/qr.png", ada.bearer());

        assertThat(png.status()).isEqualTo(200);
        assertThat(png.contentType()).isEqualTo("image/png");
        String decoded = QrTestSupport.decode(png.bytes());
        assertThat(decoded).isEqualTo(card.path("verifyUrl").asString())
                .startsWith("http://127.0.0.1:8080/api/alumni-card/verify?token=");
        assertThat(verify(tokenOf(decoded)).path("status").asString()).isEqualTo("VALID");
    }

    @Test
    void aTamperedOrMadeUpTokenIsInvalidAndShowsNothing() {
        TestUsers ada = verifiedAlumnus(Map.of("name", "Ada Lovelace"));
        String token = tokenOf(http.post("/api/alumni-card", ada.bearer(), null).json().path("verifyUrl").asString());
        String tampered = token.substring(0, token.length() - 3) + (token.endsWith("AAA") ? "BBB" : "AAA");

        JsonNode invalid = verify(tampered);
        assertThat(invalid.path("status").asString()).isEqualTo("INVALID");
        assertThat(invalid.has("holder")).isFalse();
        assertThat(verify("not-a-token").path("status").asString()).isEqualTo("INVALID");
        assertThat(http.get("/api/alumni-card/verify", null).json().path("status").asString()).isEqualTo("INVALID");
    }

    @Test
    void aTokenPastItsExpiryIsExpired() {
        TestUsers ada = verifiedAlumnus(Map.of("name", "Ada Lovelace"));
        JsonNode card = http.post("/api/alumni-card", ada.bearer(), null).json();
        Instant now = Instant.now();
        String expired = tokens.sign(card.path("cardId").asString(), now.minus(Duration.ofDays(35)));

        JsonNode result = verify(expired);

        assertThat(result.path("status").asString()).isEqualTo("EXPIRED");
        assertThat(result.has("holder")).isFalse();
    }

    @Test
    void regeneratingRevokesThePreviousCard() {
        TestUsers ada = verifiedAlumnus(Map.of("name", "Ada Lovelace"));
        String first = tokenOf(http.post("/api/alumni-card", ada.bearer(), null).json().path("verifyUrl").asString());
        String second = tokenOf(http.post("/api/alumni-card", ada.bearer(), null).json().path("verifyUrl").asString());

        assertThat(second).isNotEqualTo(first);
        assertThat(verify(first).path("status").asString()).isEqualTo("REVOKED");
        assertThat(verify(second).path("status").asString()).isEqualTo("VALID");
    }

    @Test
    void aDeletedProfileTakesItsCardWithIt() {
        TestUsers ada = verifiedAlumnus(Map.of("name", "Ada Lovelace"));
        String token = tokenOf(http.post("/api/alumni-card", ada.bearer(), null).json().path("verifyUrl").asString());

        assertThat(http.delete("/api/profiles/me", ada.bearer()).status()).isIn(200, 204);

        assertThat(verify(token).path("status").asString()).isEqualTo("REVOKED");
        assertThat(http.get("/api/alumni-card/me", ada.bearer()).status()).isEqualTo(404);
    }

    @Test
    void onlyAVerifiedProfileGetsACardAndOnlyItsOwnerSeesIt() {
        TestUsers bob = TestUsers.alumnus();
        createProfile(bob);

        ProfileHttp.Response refused = http.post("/api/alumni-card", bob.bearer(), null);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.problemType()).isEqualTo("profile-not-verified");
        assertThat(http.get("/api/alumni-card/me", bob.bearer()).problemType()).isEqualTo("not-found");
        assertThat(http.get("/api/alumni-card/me", null).status()).isEqualTo(401);
        assertThat(http.post("/api/alumni-card", null, null).status()).isEqualTo(401);
    }

    @Test
    void theVerifierSeesThePhotoOnlyOfAProfileOpenToEveryoneSignedIn() {
        TestUsers open = verifiedAlumnus(Map.of("name", "Open Ada", "visibility", "SIGNED_IN"));
        http.upload("/api/profiles/upload-photo", open.bearer(), "me.png", "image/png", SampleFiles.png());
        TestUsers hidden = verifiedAlumnus(Map.of("name", "Hidden Bob", "batchYear", 2010, "visibility", "HIDDEN",
                "education", List.of(Map.of("institution", "Uni", "degree", "MSc", "graduationYear", 2010))));
        http.upload("/api/profiles/upload-photo", hidden.bearer(), "me.png", "image/png", SampleFiles.png());

        JsonNode openHolder = verify(cardToken(open)).path("holder");
        String photoUrl = openHolder.path("photoUrl").asString();
        assertThat(photoUrl).contains("/api/alumni-card/verify/photo?token=");
        ProfileHttp.Response photo = http.get(URI.create(photoUrl).getRawPath() + "?" + URI.create(photoUrl)
                .getRawQuery(), null);
        assertThat(photo.status()).isEqualTo(200);
        assertThat(photo.bytes()).isEqualTo(SampleFiles.png());

        String hiddenToken = cardToken(hidden);
        JsonNode hiddenResult = verify(hiddenToken);
        assertThat(hiddenResult.path("status").asString()).isEqualTo("VALID");
        assertThat(hiddenResult.path("holder").path("name").asString()).isEqualTo("Hidden Bob");
        assertThat(hiddenResult.path("holder").has("photoUrl")).isFalse();
        assertThat(hiddenResult.path("holder").has("degree")).isFalse();
        assertThat(http.get("/api/alumni-card/verify/photo?token=" + hiddenToken, null).status()).isEqualTo(404);
    }

    @Test
    void aCardIsReadByUserIdByItsHolderAndAdminsAndIsNotFoundForAnyoneElse() {
        TestUsers ada = verifiedAlumnus(Map.of("name", "Ada Lovelace"));
        String cardId = http.post("/api/alumni-card", ada.bearer(), null).json().path("cardId").asString();
        TestUsers stranger = TestUsers.alumnus();

        ProfileHttp.Response byHolder = http.get("/api/alumni-card/" + ada.id(), ada.bearer());
        ProfileHttp.Response byAdmin = http.get("/api/alumni-card/" + ada.id(), admin.bearer());
        ProfileHttp.Response byStranger = http.get("/api/alumni-card/" + ada.id(), stranger.bearer());
        ProfileHttp.Response noCard = http.get("/api/alumni-card/" + stranger.id(), admin.bearer());

        assertThat(byHolder.status()).isEqualTo(200);
        assertThat(byHolder.json().path("cardId").asString()).isEqualTo(cardId);
        assertThat(byHolder.json().path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(byAdmin.status()).isEqualTo(200);
        assertThat(byAdmin.json().path("cardId").asString()).isEqualTo(cardId);
        assertThat(byStranger.status()).isEqualTo(404);
        assertThat(byStranger.problemType()).isEqualTo("not-found");
        assertThat(noCard.status()).isEqualTo(404);
        assertThat(noCard.problemType()).isEqualTo("not-found");
    }

    private TestUsers verifiedAlumnus(Map<String, Object> profile) {
        TestUsers user = TestUsers.alumnus();
        createProfile(user, profile);
        ProfileHttp.Response verified = http.post("/api/admin/profiles/verify/" + user.id(), admin.bearer(), null);
        assertThat(verified.status()).isEqualTo(200);
        return user;
    }

    private String cardToken(TestUsers user) {
        return tokenOf(http.post("/api/alumni-card", user.bearer(), null).json().path("verifyUrl").asString());
    }

    /** Anonymous, as a phone scanning the QR code would call it. */
    private JsonNode verify(String token) {
        ProfileHttp.Response response = http.get("/api/alumni-card/verify?token=" + token, null);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.raw().headers().firstValue("Cache-Control")).hasValueSatisfying(
                v -> assertThat(v).contains("no-store"));
        return response.json();
    }

    private static String tokenOf(String verifyUrl) {
        return verifyUrl.substring(verifyUrl.indexOf("token=") + "token=".length());
    }
}
