package org.alumniportal.auth.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.List;
import java.util.Map;

import org.alumniportal.auth.AuthIntegrationTest;
import org.alumniportal.platform.outbox.OutboxEntry;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.test.MongoFailures;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * An account change and its events are written together: when the outbox cannot store them, the change is not
 * made. (Written state first and events second, a failed outbox left an approved recruiter that job-service never
 * heard of, so it could not post, and no audit entry of the approval.)
 */
@Import(MongoFailures.class)
class StateWithItsEventsIT extends AuthIntegrationTest {

    private static final String ADMIN = TestJwts.user("admin-outbox").roles("ADMIN").bearer();

    @Autowired
    MongoTemplate mongo;

    @Autowired
    MongoFailures failures;

    @AfterEach
    void outboxWorksAgain() {
        failures.heal();
    }

    private List<OutboxEntry> outbox(String subject, String type) {
        return mongo.find(query(where("key").is(subject).and("type").is(type)), OutboxEntry.class);
    }

    @Test
    void anApprovalWhoseEventsCannotBeStoredLeavesTheRecruiterPendingUntilBothAreWritten() {
        Api.Response registered = register(uniqueEmail("hire"), "RECRUITER");
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String userId = registered.json().path("userId").asString();

        failures.refuseOutboxWrites();
        Api.Response refused = api.post("/api/admin/users/" + userId + "/activate", Map.of(), ADMIN);
        failures.heal();

        assertThat(refused.status()).as(refused.body()).isGreaterThanOrEqualTo(500);
        assertThat(api.get("/api/admin/users/" + userId, ADMIN).json().path("status").asString())
                .isEqualTo("PENDING_APPROVAL");
        assertThat(outbox(userId, "user.status-changed.v1")).as("only the starting PENDING_APPROVAL").hasSize(1);
        assertThat(outbox(userId, "admin.action.v1")).isEmpty();

        Api.Response approved = api.post("/api/admin/users/" + userId + "/activate", Map.of(), ADMIN);
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(outbox(userId, "user.status-changed.v1")).hasSize(2)
                .allSatisfy(entry -> assertThat(entry.status()).isNotEqualTo(OutboxEntry.Status.STAGED));
        assertThat(outbox(userId, "admin.action.v1")).hasSize(1);
    }

    @Test
    void aRegistrationWhoseEventCannotBeStoredLeavesNoAccountBehind() {
        String email = uniqueEmail("ada");
        failures.refuseOutboxWrites();
        Api.Response refused = register(email, "ALUMNI");
        failures.heal();

        assertThat(refused.status()).as(refused.body()).isGreaterThanOrEqualTo(500);
        assertThat(keycloak.findByEmail(email)).isEmpty();
        assertThat(mongo.count(query(where("email").is(email)), "accounts")).isZero();
        Api.Response again = register(email, "ALUMNI");
        assertThat(again.status()).as(again.body()).isEqualTo(201);
    }
}
