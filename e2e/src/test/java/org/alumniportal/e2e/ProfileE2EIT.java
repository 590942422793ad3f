package org.alumniportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
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
 * The profile-service issue's "done when", through the gateway: an e-mail-verified alumnus builds a profile,
 * uploads a CV (a renamed .exe is refused), is verified by an admin, is found by a student, gets an alumni card
 * that anyone can check until the verification is withdrawn; a hidden profile stays out of every listing;
 * nobody edits someone else's profile; nothing is open without a token. The tests build on each other in order.
 */
@Order(2)
@ExtendWith(SharedStackExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ProfileE2EIT {

    private static final int BATCH_YEAR = 2015;
    /** A skill nobody else in the run has, so counts and searches see only this class's profiles. */
    private static final String SKILL = "Jacquard" + UUID.randomUUID().toString().replaceAll("[^a-z]", "").substring(0, 6);

    private static SharedStack stack;
    private static Http gateway;
    private static Accounts.User alumnus;
    private static Accounts.User hiddenAlumnus;
    private static Accounts.User student;
    private static Accounts.User admin;
    private static String cardToken;

    @BeforeAll
    static void registerTheCast(SharedStack shared) {
        stack = shared;
        gateway = shared.gateway();
        Accounts accounts = shared.accounts();
        alumnus = accounts.registerVerified("ALUMNI", "Ada Lovelace");
        hiddenAlumnus = accounts.registerVerified("ALUMNI", "Charles Babbage");
        student = accounts.registerVerified("STUDENT", "Grace Hopper");
        admin = accounts.admin();
    }

    @Test
    @Order(1)
    void aVerifiedAlumnusCreatesAProfileWhoseCompletionRisesAsItIsFilledIn() {
        Http.Response created = gateway.post("/api/profiles", Map.of("headline", "Analyst of engines"),
                alumnus.token());
        assertThat(created.status()).as(created.describe()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/profiles/" + alumnus.id());
        assertThat(created.json().path("userId").asString()).isEqualTo(alumnus.id());
        assertThat(created.json().path("role").asString()).isEqualTo("ALUMNI");
        assertThat(created.json().path("email").asString()).isEqualTo(alumnus.email());
        int atStart = created.json().path("completionPercentage").asInt();

        Http.Response again = gateway.post("/api/profiles", Map.of("headline", "Twice"), alumnus.token());
        assertThat(again.status()).as(again.describe()).isEqualTo(409);
        assertThat(again.problemSlug()).isEqualTo("profile-exists");

        Http.Response completed = gateway.put("/api/profiles/" + alumnus.id(), fullProfile(List.of(SKILL, "Java",
                "Mathematics"), null), alumnus.token());
        assertThat(completed.status()).as(completed.describe()).isEqualTo(200);
        int filledIn = completed.json().path("completionPercentage").asInt();
        assertThat(filledIn).isGreaterThan(atStart);

        Http.Response photo = gateway.upload("/api/profiles/upload-photo", "file", "me.png", "image/png",
                SampleFiles.png(), alumnus.token());
        assertThat(photo.status()).as(photo.describe()).isEqualTo(200);
        assertThat(photo.json().path("completionPercentage").asInt()).isGreaterThan(filledIn);

        Http.Response mine = gateway.get("/api/profiles/me", alumnus.token());
        assertThat(mine.status()).as(mine.describe()).isEqualTo(200);
        assertThat(mine.json().path("currentCompany").asString()).isEqualTo("Analytical Engines Ltd");
        assertThat(mine.json().path("batchYear").asInt()).isEqualTo(BATCH_YEAR);
        assertThat(texts(mine.json().path("skills"))).contains(SKILL);
        assertThat(mine.json().path("completionPercentage").asInt())
                .isEqualTo(photo.json().path("completionPercentage").asInt());
    }

    @Test
    @Order(2)
    void aPdfCvIsAcceptedWhileARenamedWindowsProgramIsRefusedWith415() {
        Http.Response exe = gateway.upload("/api/profiles/upload-cv", "file", "cv.pdf", "application/pdf",
                SampleFiles.exe(), alumnus.token());
        assertThat(exe.status()).as(exe.describe()).isEqualTo(415);
        assertThat(exe.header("Content-Type")).startsWith("application/problem+json");
        assertThat(exe.problemSlug()).isEqualTo("unsupported-file-type");
        Http.Response afterRefusal = gateway.get("/api/profiles/me", alumnus.token());
        assertThat(afterRefusal.json().path("hasCv").asBoolean()).isFalse();
        int before = afterRefusal.json().path("completionPercentage").asInt();

        Http.Response pdf = gateway.upload("/api/profiles/upload-cv", "file", "cv.pdf", "application/pdf",
                SampleFiles.pdf(), alumnus.token());
        assertThat(pdf.status()).as(pdf.describe()).isEqualTo(200);
        assertThat(pdf.json().path("hasCv").asBoolean()).isTrue();
        assertThat(pdf.json().path("cv").path("fileName").asString()).isEqualTo("cv.pdf");
        assertThat(pdf.json().path("cv").path("contentType").asString()).isEqualTo("application/pdf");
        assertThat(pdf.json().path("completionPercentage").asInt()).isGreaterThan(before);

        Http.Response download = gateway.get("/api/profiles/" + alumnus.id() + "/cv", alumnus.token());
        assertThat(download.status()).as(download.describe()).isEqualTo(200);
        assertThat(download.bytes()).isEqualTo(SampleFiles.pdf());
    }

    @Test
    @Order(3)
    void anAdminFindsTheProfileInThePendingQueueAndVerifiesIt() {
        Http.Response requested = gateway.post("/api/profiles/me/verification-request", null, alumnus.token());
        assertThat(requested.status()).as(requested.describe()).isEqualTo(200);
        assertThat(requested.json().path("verificationStatus").asString()).isEqualTo("PENDING");

        Http.Response notForStudents = gateway.get("/api/admin/profiles/pending", student.token());
        assertThat(notForStudents.status()).as(notForStudents.describe()).isEqualTo(403);

        assertThat(pendingUserIds()).contains(alumnus.id());

        Http.Response verified = gateway.post("/api/admin/profiles/verify/" + alumnus.id(), null, admin.token());
        assertThat(verified.status()).as(verified.describe()).isEqualTo(200);
        assertThat(verified.json().path("verified").asBoolean()).isTrue();
        assertThat(verified.json().path("verificationStatus").asString()).isEqualTo("VERIFIED");
        assertThat(pendingUserIds()).doesNotContain(alumnus.id());
        assertThat(gateway.get("/api/profiles/me", alumnus.token()).json().path("verified").asBoolean()).isTrue();
    }

    @Test
    @Order(4)
    void aStudentFindsTheVerifiedAlumnusBySkillsAndBatchYear() {
        Http.Response found = gateway.get("/api/profiles/search?skills=" + encode(SKILL + ",Java") + "&batchYear="
                + BATCH_YEAR, student.token());
        assertThat(found.status()).as(found.describe()).isEqualTo(200);
        JsonNode hit = only(found.json().path("items"), alumnus.id());
        assertThat(hit.path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(hit.path("verified").asBoolean()).isTrue();
        assertThat(hit.has("email")).as("search cards carry no contact fields").isFalse();

        Http.Response verifiedOnly = gateway.get("/api/profiles/search?skills=" + encode(SKILL) + "&batchYear="
                + BATCH_YEAR + "&verifiedOnly=true", student.token());
        assertThat(userIds(verifiedOnly.json().path("items"))).contains(alumnus.id());

        Http.Response otherBatch = gateway.get("/api/profiles/search?skills=" + encode(SKILL) + "&batchYear="
                + (BATCH_YEAR + 1), student.token());
        assertThat(otherBatch.status()).as(otherBatch.describe()).isEqualTo(200);
        assertThat(userIds(otherBatch.json().path("items"))).doesNotContain(alumnus.id());
    }

    @Test
    @Order(5)
    void aHiddenProfileStaysInvisibleToEveryoneButItsOwnerAndAdmins() {
        Http.Response hidden = gateway.post("/api/profiles", fullProfile(List.of(SKILL, "Java", "Mathematics"),
                "HIDDEN"), hiddenAlumnus.token());
        assertThat(hidden.status()).as(hidden.describe()).isEqualTo(201);
        assertThat(hidden.json().path("visibility").asString()).isEqualTo("HIDDEN");
        // The student needs a profile for suggestions: the same skill and batch as both alumni.
        Http.Response studentProfile = gateway.post("/api/profiles", fullProfile(List.of(SKILL, "Java"), null),
                student.token());
        assertThat(studentProfile.status()).as(studentProfile.describe()).isEqualTo(201);

        for (Accounts.User viewer : List.of(student, alumnus)) {
            Http.Response search = gateway.get("/api/profiles/search?skills=" + encode(SKILL), viewer.token());
            assertThat(search.status()).as(search.describe()).isEqualTo(200);
            assertThat(userIds(search.json().path("items"))).as("search by %s", viewer.email())
                    .contains(alumnus.id()).doesNotContain(hiddenAlumnus.id());

            Http.Response directory = gateway.get("/api/profiles/directory?sort=recent&size=50", viewer.token());
            assertThat(directory.status()).as(directory.describe()).isEqualTo(200);
            assertThat(userIds(directory.json().path("items"))).as("directory for %s", viewer.email())
                    .contains(alumnus.id()).doesNotContain(hiddenAlumnus.id());

            Http.Response options = gateway.get("/api/profiles/filters/options", viewer.token());
            assertThat(options.status()).as(options.describe()).isEqualTo(200);
            assertThat(countOf(options.json().path("skills"), SKILL)).as("alumni with %s seen by %s", SKILL,
                    viewer.email()).isEqualTo(1);

            Http.Response direct = gateway.get("/api/profiles/" + hiddenAlumnus.id(), viewer.token());
            assertThat(direct.status()).as(direct.describe()).isEqualTo(404);
            assertThat(direct.problemSlug()).isEqualTo("not-found");
        }

        Http.Response suggestions = gateway.post("/api/matching/alumni-connections", Map.of("limit", 50),
                student.token());
        assertThat(suggestions.status()).as(suggestions.describe()).isEqualTo(200);
        List<String> suggested = new ArrayList<>();
        suggestions.json().path("items").forEach(item -> suggested.add(item.path("profile").path("userId").asString()));
        assertThat(suggested).contains(alumnus.id()).doesNotContain(hiddenAlumnus.id());

        assertThat(gateway.get("/api/profiles/" + hiddenAlumnus.id(), hiddenAlumnus.token()).status()).isEqualTo(200);
        assertThat(gateway.get("/api/profiles/" + hiddenAlumnus.id(), admin.token()).status()).isEqualTo(200);
    }

    @Test
    @Order(6)
    void nobodyButTheOwnerEditsAProfileAndOnlyAnAdminDeletesAnothersProfile() {
        Http.Response edit = gateway.put("/api/profiles/" + alumnus.id(),
                Map.of("name", "Not Ada", "headline", "Defaced"), student.token());
        assertThat(edit.status()).as(edit.describe()).isEqualTo(403);
        assertThat(edit.problemSlug()).isEqualTo("forbidden");

        Http.Response delete = gateway.delete("/api/profiles/" + alumnus.id(), hiddenAlumnus.token());
        assertThat(delete.status()).as(delete.describe()).isEqualTo(403);
        assertThat(delete.problemSlug()).isEqualTo("forbidden");

        Http.Response unchanged = gateway.get("/api/profiles/" + alumnus.id(), student.token());
        assertThat(unchanged.status()).as(unchanged.describe()).isEqualTo(200);
        assertThat(unchanged.json().path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(unchanged.json().path("headline").asString()).isEqualTo("Analyst of engines");
    }

    @Test
    @Order(7)
    void theDirectoryIsClosedWithoutAToken() {
        Http.Response anonymous = gateway.get("/api/profiles/search?skills=" + encode(SKILL), null);
        assertThat(anonymous.status()).as(anonymous.describe()).isEqualTo(401);
        assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
        assertThat(gateway.get("/api/profiles/" + alumnus.id(), null).status()).isEqualTo(401);
    }

    @Test
    @Order(8)
    void theAlumniCardsQrCodeVerifiesAnonymouslyAsValid() {
        Http.Response card = gateway.post("/api/alumni-card", null, alumnus.token());
        assertThat(card.status()).as(card.describe()).isEqualTo(201);
        assertThat(card.json().path("status").asString()).isEqualTo("ACTIVE");
        assertThat(card.json().path("name").asString()).isEqualTo("Ada Lovelace");
        String verifyUrl = card.json().path("verifyUrl").asString();
        assertThat(verifyUrl).startsWith(stack.gatewayUrl() + "/api/alumni-card/verify?token=");

        Http.Response qr = gateway.get("/api/alumni-card/me/qr.png", alumnus.token());
        assertThat(qr.status()).as(qr.describe()).isEqualTo(200);
        assertThat(qr.header("Content-Type")).startsWith("image/png");
        assertThat(qr.bytes()).startsWith(SampleFiles.PNG_MAGIC);
        String scanned = QrReader.decode(qr.bytes());
        assertThat(scanned).isEqualTo(verifyUrl);
        cardToken = URI.create(scanned).getRawQuery().substring("token=".length());

        Http.Response verified = gateway.get(pathOf(scanned), null);
        assertThat(verified.status()).as(verified.describe()).isEqualTo(200);
        assertThat(verified.json().path("status").asString()).isEqualTo("VALID");
        JsonNode holder = verified.json().path("holder");
        assertThat(holder.path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(holder.path("batchYear").asInt()).isEqualTo(BATCH_YEAR);

        Http.Response posted = gateway.post("/api/alumni-card/verify", Map.of("token", cardToken), null);
        assertThat(posted.status()).as(posted.describe()).isEqualTo(200);
        assertThat(posted.json().path("status").asString()).isEqualTo("VALID");

        String photoUrl = holder.path("photoUrl").asString();
        assertThat(photoUrl).as("a SIGNED_IN profile with a photo shows it to the verifier").isNotBlank();
        Http.Response photo = gateway.get(pathOf(photoUrl), null);
        assertThat(photo.status()).as(photo.describe()).isEqualTo(200);
        assertThat(photo.bytes()).startsWith(SampleFiles.PNG_MAGIC);

        Http.Response forged = gateway.get("/api/alumni-card/verify?token=" + encode(tampered(cardToken)), null);
        assertThat(forged.status()).as(forged.describe()).isEqualTo(200);
        assertThat(forged.json().path("status").asString()).isEqualTo("INVALID");
        assertThat(forged.json().has("holder")).isFalse();
    }

    @Test
    @Order(9)
    void withdrawingTheVerificationRevokesTheCard() {
        assertThat(cardToken).as("the card of the previous test").isNotNull();
        Http.Response withdrawn = gateway.post("/api/admin/profiles/reject/" + alumnus.id(),
                Map.of("reason", "Graduation could not be confirmed"), admin.token());
        assertThat(withdrawn.status()).as(withdrawn.describe()).isEqualTo(200);
        assertThat(withdrawn.json().path("verified").asBoolean()).isFalse();

        Http.Response verified = gateway.get("/api/alumni-card/verify?token=" + cardToken, null);
        assertThat(verified.status()).as(verified.describe()).isEqualTo(200);
        assertThat(verified.json().path("status").asString()).isEqualTo("REVOKED");
        assertThat(verified.json().has("holder")).isFalse();

        Http.Response photo = gateway.get("/api/alumni-card/verify/photo?token=" + cardToken, null);
        assertThat(photo.status()).as(photo.describe()).isEqualTo(404);

        Http.Response mine = gateway.get("/api/alumni-card/me", alumnus.token());
        assertThat(mine.json().path("status").asString()).isEqualTo("REVOKED");
        Http.Response qr = gateway.get("/api/alumni-card/me/qr.png", alumnus.token());
        assertThat(qr.status()).as(qr.describe()).isEqualTo(409);
        assertThat(qr.problemSlug()).isEqualTo("card-not-active");
    }

    private static Map<String, Object> fullProfile(List<String> skills, String visibility) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("headline", "Analyst of engines");
        body.put("bio", "Wrote the first published algorithm.");
        body.put("currentCompany", "Analytical Engines Ltd");
        body.put("currentRole", "Programmer");
        body.put("location", "London");
        body.put("batchYear", BATCH_YEAR);
        body.put("experience", List.of(Map.of("company", "Analytical Engines Ltd", "role", "Programmer",
                "startDate", "2016-01", "current", true)));
        body.put("education", List.of(Map.of("institution", "University of London", "degree", "BSc",
                "fieldOfStudy", "Mathematics", "startYear", BATCH_YEAR - 4, "graduationYear", BATCH_YEAR)));
        body.put("skills", skills);
        body.put("achievements", List.of("Notes on the Analytical Engine"));
        body.put("socialLinks", Map.of("website", "https://example.edu/ada"));
        if (visibility != null) {
            body.put("visibility", visibility);
        }
        return body;
    }

    private static List<String> pendingUserIds() {
        Http.Response pending = gateway.get("/api/admin/profiles/pending?size=100", admin.token());
        assertThat(pending.status()).as(pending.describe()).isEqualTo(200);
        return userIds(pending.json().path("items"));
    }

    private static List<String> userIds(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.path("userId").asString()));
        return ids;
    }

    private static JsonNode only(JsonNode items, String userId) {
        assertThat(userIds(items)).containsExactly(userId);
        return items.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asString()));
        return values;
    }

    private static long countOf(JsonNode options, String value) {
        for (JsonNode option : options) {
            if (option.path("value").asString().equalsIgnoreCase(value)) {
                return option.path("count").asLong();
            }
        }
        return 0;
    }

    /** The path and query of an absolute gateway URL, for the client that already knows the gateway. */
    private static String pathOf(String url) {
        URI uri = URI.create(url);
        return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
    }

    /** The same token with the first character of its signature changed (the last one may carry no bits). */
    private static String tampered(String token) {
        int signature = token.lastIndexOf('.') + 1;
        char first = token.charAt(signature);
        return token.substring(0, signature) + (first == 'A' ? 'B' : 'A') + token.substring(signature + 1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
