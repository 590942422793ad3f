package org.alumniportal.auth.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alumniportal.auth.AuthIntegrationTest;
import org.alumniportal.auth.directory.Account;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.platform.test.Api;
import org.alumniportal.localstack.mail.CaughtMail;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class UserAdminIT extends AuthIntegrationTest {

    private static final String ADMIN = TestJwts.user("admin-1").roles("ADMIN").bearer();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    private MongoTemplate mongo;

    @Test
    void anAdminChangesARoleAndOtherServicesAndTheAuditLogHearOfIt() {
        String userId = verifiedUser(uniqueEmail("student"), PortalRole.STUDENT);

        Api.Response changed = api.put("/api/admin/users/" + userId, Map.of("role", "ALUMNI"), ADMIN);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("role").asString()).isEqualTo("ALUMNI");
        assertThat(keycloak.findById(userId).orElseThrow().role()).isEqualTo(PortalRole.ALUMNI);
        JsonNode data = dataOf(events(Topics.USER, userId, "user.role-changed.v1", 1).get(0).value());
        assertThat(data.path("previousRole").asString()).isEqualTo("STUDENT");
        assertThat(data.path("newRole").asString()).isEqualTo("ALUMNI");
        assertThat(data.path("changedBy").asString()).isEqualTo("admin-1");
        JsonNode audit = dataOf(events(Topics.ADMIN, userId, "admin.action.v1", 1).get(0).value());
        assertThat(audit.path("actorId").asString()).isEqualTo("admin-1");
        assertThat(audit.path("action").asString()).isEqualTo("user.role-changed");
        assertThat(audit.path("targetType").asString()).isEqualTo("user");
        assertThat(audit.path("targetId").asString()).isEqualTo(userId);
    }

    @Test
    void onlyAdminsReachUserManagement() {
        String userId = verifiedUser(uniqueEmail("student"), PortalRole.STUDENT);
        String student = TestJwts.user(userId).roles("STUDENT").bearer();

        List<Api.Response> attempts = List.of(
                api.get("/api/admin/users", student),
                api.get("/api/admin/users/" + userId, student),
                api.put("/api/admin/users/" + userId, Map.of("role", "ADMIN"), student),
                api.post("/api/admin/users/" + userId + "/suspend", Map.of("reason", "x"), student),
                api.post("/api/admin/users/" + userId + "/activate", Map.of(), student),
                api.delete("/api/admin/users/" + userId, student));

        assertThat(attempts).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(403);
            assertThat(r.problemType()).isEqualTo("forbidden");
        });
        assertThat(keycloak.findById(userId).orElseThrow().role()).isEqualTo(PortalRole.STUDENT);
    }

    @Test
    void theOldPathIsGone() {
        assertThat(api.get("/api/auth/users", ADMIN).status()).isEqualTo(404);
    }

    @Test
    void theListFiltersByRoleStatusVerifiedAndTextAndPages() {
        String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(register(tag + "-one@example.edu", "STUDENT").status()).isEqualTo(201);
        assertThat(register(tag + "-two@example.edu", "ALUMNI").status()).isEqualTo(201);
        assertThat(register(tag + "-hire@example.edu", "RECRUITER").status()).isEqualTo(201);

        Api.Response all = api.get("/api/admin/users?q=" + tag.toUpperCase() + "&size=500", ADMIN);
        Api.Response recruiters = api.get("/api/admin/users?q=" + tag + "&role=RECRUITER", ADMIN);
        Api.Response active = api.get("/api/admin/users?q=" + tag + "&status=ACTIVE", ADMIN);
        Api.Response verified = api.get("/api/admin/users?q=" + tag + "&verified=true", ADMIN);
        Api.Response firstOfThree = api.get("/api/admin/users?q=" + tag + "&page=0&size=1", ADMIN);

        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.json().path("size").asInt()).isEqualTo(100);
        assertThat(all.json().path("items").findValuesAsString("email")).containsExactlyInAnyOrder(
                tag + "-one@example.edu", tag + "-two@example.edu", tag + "-hire@example.edu");
        assertThat(recruiters.json().path("items").findValuesAsString("status")).containsExactly("PENDING_APPROVAL");
        assertThat(active.json().path("items").findValuesAsString("role")).containsExactlyInAnyOrder("STUDENT", "ALUMNI");
        assertThat(verified.json().path("items").size()).isZero();
        assertThat(firstOfThree.json().path("items").size()).isEqualTo(1);
        assertThat(firstOfThree.json().path("totalElements").asLong()).isEqualTo(3);
        assertThat(firstOfThree.json().path("totalPages").asLong()).isEqualTo(3);
    }

    @Test
    void aRecruiterWaitsForApprovalAndTheApprovalIsAnnounced() {
        String email = uniqueEmail("hire");
        String userId = register(email, "RECRUITER").json().path("userId").asString();
        JsonNode pending = dataOf(events(Topics.USER, userId, "user.status-changed.v1", 1).get(0).value());
        assertThat(pending.path("newStatus").asString()).isEqualTo("PENDING_APPROVAL");

        Api.Response approved = api.post("/api/admin/users/" + userId + "/activate", Map.of(), ADMIN);

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().path("status").asString()).isEqualTo("ACTIVE");
        JsonNode change = dataOf(events(Topics.USER, userId, "user.status-changed.v1", 2).get(1).value());
        assertThat(change.path("previousStatus").asString()).isEqualTo("PENDING_APPROVAL");
        assertThat(change.path("newStatus").asString()).isEqualTo("ACTIVE");
        assertThat(change.path("changedBy").asString()).isEqualTo("admin-1");
        assertThat(dataOf(events(Topics.ADMIN, userId, "admin.action.v1", 1).get(0).value()).path("action").asString())
                .isEqualTo("user.activated");
    }

    @Test
    void aSuspendedUserIsLoggedOutEverywhereToldByMailAndLetBackInOnActivation() {
        String email = uniqueEmail("ada");
        String userId = verifiedUser(email, PortalRole.ALUMNI);
        Api.Response login = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(login.status()).isEqualTo(200);
        String session = keycloak.sessionIds(userId).get(0);
        String refresh = login.json().path("refresh_token").asString();

        Api.Response suspended = api.post("/api/admin/users/" + userId + "/suspend",
                Map.of("reason", "spamming the forum"), ADMIN);

        assertThat(suspended.status()).as(suspended.body()).isEqualTo(200);
        assertThat(suspended.json().path("status").asString()).isEqualTo("SUSPENDED");
        assertThat(keycloak.sessionsOf(userId)).isZero();
        List<JsonNode> revoked = events(Topics.SESSION, userId, "session.revoked.v1", 2).stream()
                .map(r -> dataOf(r.value())).toList();
        assertThat(revoked).as("the gateway refuses the session's tokens and any older one")
                .anySatisfy(d -> assertThat(d.path("sessionId").asString()).isEqualTo(session))
                .anySatisfy(d -> assertThat(d.path("notBefore").asString()).isNotBlank());
        JsonNode status = dataOf(events(Topics.USER, userId, "user.status-changed.v1", 1).get(0).value());
        assertThat(status.path("newStatus").asString()).isEqualTo("SUSPENDED");
        assertThat(status.path("reason").asString()).isEqualTo("spamming the forum");
        CaughtMail mail = awaitMail(email, m -> m.subject().contains("suspended"));
        assertThat(mail.text()).contains("spamming the forum");

        Api.Response again = api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD));
        assertThat(again.status()).isEqualTo(403);
        assertThat(again.problemType()).isEqualTo("account-suspended");
        assertThat(keycloak.sessionsOf(userId)).as("the refused login leaves no session").isZero();
        assertThat(api.post("/api/auth/refresh", Map.of("refreshToken", refresh)).status()).isEqualTo(401);

        assertThat(api.post("/api/admin/users/" + userId + "/activate", Map.of(), ADMIN).status()).isEqualTo(200);
        assertThat(api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(200);
    }

    @Test
    void theLastActiveAdminCannotBeDemotedSuspendedOrDeleted() {
        mongo.remove(Query.query(Criteria.where("role").is(PortalRole.ADMIN)), Account.class);
        String onlyAdmin = verifiedUser(uniqueEmail("admin"), PortalRole.ADMIN);
        String asOnlyAdmin = TestJwts.user(onlyAdmin).roles("ADMIN").bearer();
        assertThat(api.get("/api/admin/users/" + onlyAdmin, asOnlyAdmin).json().path("status").asString())
                .isEqualTo("ACTIVE");

        List<Api.Response> attempts = List.of(
                api.put("/api/admin/users/" + onlyAdmin, Map.of("role", "ALUMNI"), asOnlyAdmin),
                api.put("/api/admin/users/" + onlyAdmin, Map.of("status", "SUSPENDED"), asOnlyAdmin),
                api.post("/api/admin/users/" + onlyAdmin + "/suspend", Map.of("reason", "oops"), asOnlyAdmin),
                api.delete("/api/admin/users/" + onlyAdmin, asOnlyAdmin));

        assertThat(attempts).allSatisfy(r -> {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.problemType()).isEqualTo("last-admin");
        });
        assertThat(keycloak.findById(onlyAdmin).orElseThrow().role()).isEqualTo(PortalRole.ADMIN);

        String second = verifiedUser(uniqueEmail("admin"), PortalRole.STUDENT);
        assertThat(api.put("/api/admin/users/" + second, Map.of("role", "ADMIN"), asOnlyAdmin).status()).isEqualTo(200);
        Api.Response demoted = api.put("/api/admin/users/" + onlyAdmin, Map.of("role", "ALUMNI"), asOnlyAdmin);
        assertThat(demoted.status()).as("with a second admin the first may step down").isEqualTo(200);
    }

    @Test
    void twoAdminsDemotingEachOtherAtOnceStillLeaveOne() throws Exception {
        mongo.remove(Query.query(Criteria.where("role").is(PortalRole.ADMIN)), Account.class);
        String ada = verifiedUser(uniqueEmail("admin"), PortalRole.ADMIN);
        String bob = verifiedUser(uniqueEmail("admin"), PortalRole.ADMIN);
        String asAda = TestJwts.user(ada).roles("ADMIN").bearer();
        String asBob = TestJwts.user(bob).roles("ADMIN").bearer();
        api.get("/api/admin/users/" + ada, asAda);
        api.get("/api/admin/users/" + bob, asBob);

        for (int round = 0; round < 3; round++) {
            var byAda = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> api.put("/api/admin/users/" + bob, Map.of("status", "SUSPENDED"), asAda));
            var byBob = java.util.concurrent.CompletableFuture.supplyAsync(
                    () -> api.put("/api/admin/users/" + ada, Map.of("status", "SUSPENDED"), asBob));
            List<Integer> statuses = List.of(byAda.get().status(), byBob.get().status());

            assertThat(statuses).as("round %d: one wins, the other is told it would leave no admin", round)
                    .containsExactlyInAnyOrder(200, 409);
            String suspended = byAda.get().status() == 200 ? bob : ada;
            String remaining = suspended.equals(bob) ? asAda : asBob;
            assertThat(api.post("/api/admin/users/" + suspended + "/activate", Map.of(), remaining).status())
                    .isEqualTo(200);
        }
    }

    @Test
    void deletingDisablesTheAccountAndEraseRemovesItsPersonalData() {
        String email = uniqueEmail("gone");
        String userId = verifiedUser(email, PortalRole.STUDENT);

        assertThat(api.delete("/api/admin/users/" + userId, ADMIN).status()).isEqualTo(204);

        Api.Response deleted = api.get("/api/admin/users/" + userId, ADMIN);
        assertThat(deleted.json().path("status").asString()).isEqualTo("DELETED");
        assertThat(keycloak.findById(userId).orElseThrow().enabled()).isFalse();
        assertThat(api.post("/api/auth/login", Map.of("email", email, "password", PASSWORD)).status()).isEqualTo(401);
        assertThat(api.put("/api/admin/users/" + userId, Map.of("status", "ACTIVE"), ADMIN).problemType())
                .isEqualTo("account-deleted");

        assertThat(api.delete("/api/admin/users/" + userId + "?erase=true", ADMIN).status()).isEqualTo(204);

        Api.Response erased = api.get("/api/admin/users/" + userId, ADMIN);
        assertThat(erased.json().path("email").isNull()).isTrue();
        assertThat(erased.json().path("fullName").isNull()).isTrue();
        assertThat(keycloak.findById(userId)).isEmpty();
    }

    @Test
    void badInputIsAProblemNotAnError() {
        String userId = verifiedUser(uniqueEmail("student"), PortalRole.STUDENT);

        Api.Response king = api.put("/api/admin/users/" + userId, Map.of("role", "KING"), ADMIN);
        Api.Response nothing = api.put("/api/admin/users/" + userId, Map.of(), ADMIN);
        Api.Response noReason = api.post("/api/admin/users/" + userId + "/suspend", Map.of(), ADMIN);
        Api.Response badFilter = api.get("/api/admin/users?status=SLEEPING", ADMIN);
        Api.Response missing = api.get("/api/admin/users/nobody", ADMIN);

        assertThat(king.status()).isEqualTo(400);
        assertThat(king.json().path("errors").findValuesAsString("field")).contains("role");
        assertThat(nothing.status()).isEqualTo(400);
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().path("errors").findValuesAsString("field")).contains("reason");
        assertThat(badFilter.status()).isEqualTo(400);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problemType()).isEqualTo("not-found");
    }

    private static JsonNode dataOf(String envelope) {
        return JSON.readTree(envelope).path("data");
    }
}
