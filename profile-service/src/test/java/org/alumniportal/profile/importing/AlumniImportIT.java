package org.alumniportal.profile.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import tools.jackson.databind.JsonNode;

import org.alumniportal.localstack.mail.CaughtMail;
import org.alumniportal.platform.events.user.UserRegistered;
import org.alumniportal.platform.events.user.UserVerified;
import org.alumniportal.platform.outbox.EventPublisher;
import org.alumniportal.platform.test.TestJwts;
import org.alumniportal.profile.support.ProfileHttp;
import org.alumniportal.profile.support.ProfileIntegrationTest;
import org.alumniportal.profile.support.TestUsers;

class AlumniImportIT extends ProfileIntegrationTest {

    private static final String HEADER = "email,name,batchYear,company,role,location,skills\n";

    @Autowired
    EventPublisher events;

    private final TestUsers admin = TestUsers.admin();
    private final String run = UUID.randomUUID().toString().substring(0, 8);

    @Test
    void aCsvWithGoodAndBadRowsImportsTheGoodOnesReportsTheBadOnesAndInvitesTheNewAlumni() {
        String ada = address("ada");
        String grace = address("grace");
        String csv = HEADER
                + ada.toUpperCase() + ",Ada Lovelace,2015,Acme,Engineer,London,java;js|k8s\n"
                + "not-an-address,Nobody,2015,,,,\n"
                + grace + ",Grace Hopper,1800,,,,\n"
                + grace + ",Grace Hopper,1985,Navy,Admiral,Arlington,COBOL\n"
                + address("linus") + ",,2001,,,,\n";

        JsonNode report = upload(csv);

        assertThat(report.path("total").asInt()).isEqualTo(5);
        assertThat(report.path("created").asInt()).isEqualTo(2);
        assertThat(report.path("updated").asInt()).isZero();
        assertThat(report.path("unchanged").asInt()).isZero();
        List<String> rejected = new ArrayList<>();
        report.path("rejected").forEach(r -> rejected.add(r.path("row").asInt() + ":"
                + r.path("errors").get(0).path("field").asString()));
        assertThat(rejected).containsExactly("2:email", "3:batchYear", "5:name");
        assertThat(report.path("rejected").get(0).path("email").asString()).isEqualTo("not-an-address");

        CaughtMail invitation = awaitMails(ada, 1).get(0);
        assertThat(invitation.subject()).contains("invited");
        assertThat(invitation.text()).contains("Ada Lovelace").contains("http://localhost:3000/register");
        awaitMails(grace, 1);

        JsonNode listed = find(ada);
        assertThat(listed.path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(listed.path("status").asString()).isEqualTo("INVITED");
        assertThat(listed.path("skills").toString()).contains("JavaScript");
        await().atMost(Duration.ofSeconds(10)).until(() -> !find(ada).path("invitedAt").isNull());
    }

    @Test
    void uploadingTheSameFileAgainChangesNothingAndMailsNobodyTwice() {
        String ada = address("ada");
        String grace = address("grace");
        String csv = HEADER + ada + ",Ada Lovelace,2015,Acme,Engineer,London,Java\n"
                + grace + ",Grace Hopper,1985,Navy,Admiral,Arlington,COBOL\n";
        upload(csv);
        awaitMails(ada, 1);
        awaitMails(grace, 1);

        JsonNode again = upload(csv);
        assertThat(again.path("created").asInt()).isZero();
        assertThat(again.path("updated").asInt()).isZero();
        assertThat(again.path("unchanged").asInt()).isEqualTo(2);

        JsonNode changed = upload(HEADER + ada.toUpperCase() + ",Ada Lovelace,2015,Analytical Engines Ltd,Engineer,"
                + "London,Java\n");
        assertThat(changed.path("updated").asInt()).isEqualTo(1);
        assertThat(find(ada).path("company").asString()).isEqualTo("Analytical Engines Ltd");

        // Invitations go out one after another: once a later one has arrived, a second one for Ada or Grace
        // would have arrived before it.
        String later = address("later");
        upload(HEADER + later + ",Later Person,2020,,,,\n");
        awaitMails(later, 1);
        assertThat(MAIL.messages(ada)).hasSize(1);
        assertThat(MAIL.messages(grace)).hasSize(1);
    }

    @Test
    void onlyAdminsImportOrListImports() {
        String csv = HEADER + address("ada") + ",Ada,2015,,,,\n";
        for (TestUsers user : List.of(TestUsers.alumnus(), TestUsers.student())) {
            ProfileHttp.Response refused = http.upload("/api/admin/profiles/import", user.bearer(), "alumni.csv",
                    "text/csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(refused.status()).isEqualTo(403);
            assertThat(http.get("/api/admin/profiles/imports", user.bearer()).status()).isEqualTo(403);
        }
        assertThat(http.upload("/api/admin/profiles/import", null, "alumni.csv", "text/csv",
                csv.getBytes(StandardCharsets.UTF_8)).status()).isEqualTo(401);
    }

    @Test
    void aBrokenHeaderRefusesTheWholeFile() {
        ProfileHttp.Response response = http.upload("/api/admin/profiles/import", admin.bearer(), "alumni.csv",
                "text/csv", "company,role\nAcme,Engineer\n".getBytes(StandardCharsets.UTF_8));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.problemType()).isEqualTo("invalid-csv-header");
    }

    @Test
    void anImportedAlumnusWhoVerifiesTheirAccountGetsAPrefilledProfile() {
        String ada = address("ada");
        upload(HEADER + ada + ",Ada Lovelace,2015,Acme,Engineer,London,java;k8s\n");
        String userId = UUID.randomUUID().toString();
        String bearer = TestJwts.user(userId).email(ada).name("Ada L.").roles("ALUMNI").bearer();

        events.publish(userId, new UserRegistered(userId, ada.toUpperCase(), "Ada L.", "ALUMNI"));
        events.publish(userId, new UserVerified(userId, ada, "ALUMNI"));

        JsonNode profile = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> http.get("/api/profiles/me", bearer), r -> r.status() == 200).json();
        assertThat(profile.path("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(profile.path("batchYear").asInt()).isEqualTo(2015);
        assertThat(profile.path("currentCompany").asString()).isEqualTo("Acme");
        assertThat(profile.path("currentRole").asString()).isEqualTo("Engineer");
        assertThat(profile.path("location").asString()).isEqualTo("London");
        assertThat(profile.path("skills").toString()).contains("Java").contains("Kubernetes");
        assertThat(profile.path("role").asString()).isEqualTo("ALUMNI");
        await().atMost(Duration.ofSeconds(10)).until(() -> find(ada).path("status").asString().equals("CLAIMED"));
        assertThat(find(ada).path("claimedBy").asString()).isEqualTo(userId);
    }

    private String address(String name) {
        return name + "-" + run + "@import.test";
    }

    private JsonNode upload(String csv) {
        ProfileHttp.Response response = http.upload("/api/admin/profiles/import", admin.bearer(), "alumni.csv",
                "text/csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    /** The record of {@code email} in the admin list (newest first, so this test's rows are on the first page). */
    private JsonNode find(String email) {
        ProfileHttp.Response page = http.get("/api/admin/profiles/imports?size=100", admin.bearer());
        assertThat(page.status()).isEqualTo(200);
        for (JsonNode item : page.json().path("items")) {
            if (item.path("email").asString().equals(email)) {
                return item;
            }
        }
        throw new AssertionError(email + " not in the first page of imports");
    }

    private static List<CaughtMail> awaitMails(String to, int count) {
        return await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> MAIL.messages(to), mails -> mails.size() >= count);
    }
}
