package org.alumniportal.auth.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.alumniportal.auth.AuthIntegrationTest;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Users Keycloak held before the account records existed show up in the admin list after the backfill. */
class AccountBackfillIT extends AuthIntegrationTest {

    private static final String ADMIN = TestJwts.user("admin-backfill").roles("ADMIN").bearer();

    @Autowired
    private AccountBackfill backfill;

    @Autowired
    private MongoTemplate mongo;

    @Test
    void usersKnownOnlyToKeycloakAreListedOnceBackfilled() {
        mongo.dropCollection("account_backfill");
        String tag = "b" + UUID.randomUUID().toString().substring(0, 8);
        verifiedUser(tag + "-old@example.edu", PortalRole.RECRUITER);
        verifiedUser(tag + "-older@example.edu", PortalRole.ALUMNI);
        assertThat(api.get("/api/admin/users?q=" + tag, ADMIN).json().path("totalElements").asLong()).isZero();

        assertThat(backfill.run()).isEqualTo(2);

        Api.Response listed = api.get("/api/admin/users?q=" + tag, ADMIN);
        assertThat(listed.json().path("items").findValuesAsString("email"))
                .containsExactlyInAnyOrder(tag + "-old@example.edu", tag + "-older@example.edu");
        assertThat(listed.json().path("items").findValuesAsString("status")).containsOnly("ACTIVE");
        assertThat(backfill.run()).as("done once, not at every start").isZero();
    }
}
