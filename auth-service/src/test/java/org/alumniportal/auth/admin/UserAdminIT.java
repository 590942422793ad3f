package org.alumniportal.auth.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.alumniportal.auth.AuthIntegrationTest;
import org.alumniportal.auth.identity.PortalRole;
import org.alumniportal.auth.testing.Api;
import org.alumniportal.platform.events.Topics;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

class UserAdminIT extends AuthIntegrationTest {

    private static final String ADMIN = TestJwts.user("admin-1").roles("ADMIN").bearer();

    @Test
    void anAdminChangesARoleAndOtherServicesHearOfIt() {
        String userId = verifiedUser(uniqueEmail("student"), PortalRole.STUDENT);

        Api.Response changed = api.put("/api/auth/users/" + userId + "/role", Map.of("role", "ALUMNI"), ADMIN);

        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("role").asString()).isEqualTo("ALUMNI");
        var data = JsonMapper.builder().build()
                .readTree(events(Topics.USER, userId, "user.role-changed.v1", 1).get(0).value()).path("data");
        assertThat(data.path("previousRole").asString()).isEqualTo("STUDENT");
        assertThat(data.path("newRole").asString()).isEqualTo("ALUMNI");
        assertThat(data.path("changedBy").asString()).isEqualTo("admin-1");
    }

    @Test
    void onlyAdminsMayChangeRolesOrListUsers() {
        String userId = verifiedUser(uniqueEmail("student"), PortalRole.STUDENT);
        String student = TestJwts.user(userId).roles("STUDENT").bearer();

        Api.Response promote = api.put("/api/auth/users/" + userId + "/role", Map.of("role", "ADMIN"), student);
        Api.Response list = api.get("/api/auth/users", student);

        assertThat(promote.status()).isEqualTo(403);
        assertThat(promote.problemType()).isEqualTo("forbidden");
        assertThat(list.status()).isEqualTo(403);
        assertThat(keycloak.findById(userId).orElseThrow().role()).isEqualTo(PortalRole.STUDENT);
    }

    @Test
    void theUserListIsPagedAndItsSizeCappedAt100() {
        verifiedUser(uniqueEmail("one"), PortalRole.STUDENT);
        verifiedUser(uniqueEmail("two"), PortalRole.ALUMNI);

        Api.Response page = api.get("/api/auth/users?page=0&size=500", ADMIN);
        Api.Response first = api.get("/api/auth/users?page=0&size=1", ADMIN);

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.json().path("size").asInt()).isEqualTo(100);
        assertThat(page.json().path("items").size()).isEqualTo(2);
        assertThat(first.json().path("items").size()).isEqualTo(1);
        assertThat(first.json().path("totalElements").asLong()).isEqualTo(2);
        assertThat(first.json().path("totalPages").asLong()).isEqualTo(2);
    }

    @Test
    void anUnknownRoleOrUserIsRefused() {
        String userId = verifiedUser(uniqueEmail("student"), PortalRole.STUDENT);
        assertThat(api.put("/api/auth/users/" + userId + "/role", Map.of("role", "KING"), ADMIN).status()).isEqualTo(400);
        Api.Response missing = api.put("/api/auth/users/nobody/role", Map.of("role", "ALUMNI"), ADMIN);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.problemType()).isEqualTo("user-not-found");
    }
}
