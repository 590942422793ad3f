package org.alumniportal.auth.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.alumniportal.auth.AuthIntegrationTest;
import org.alumniportal.platform.test.Api;
import org.alumniportal.platform.test.TestJwts;
import org.junit.jupiter.api.Test;

class AccountIT extends AuthIntegrationTest {

    @Test
    void meDescribesTheCallerFromTheToken() {
        String bearer = TestJwts.user("user-42").email("ada@example.edu").name("Ada Lovelace")
                .roles("ALUMNI", "offline_access", "default-roles-alumni").bearer();

        Api.Response me = api.get("/api/auth/me", bearer);

        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("userId").asString()).isEqualTo("user-42");
        assertThat(me.json().path("email").asString()).isEqualTo("ada@example.edu");
        assertThat(me.json().path("fullName").asString()).isEqualTo("Ada Lovelace");
        assertThat(me.json().path("roles").toString()).isEqualTo("[\"ALUMNI\"]");
        assertThat(me.json().path("emailVerified").asBoolean()).isTrue();
    }

    @Test
    void aOneWordNameComesBackAsGiven() {
        Api.Response me = api.get("/api/auth/me", TestJwts.user("user-7").name("Plato -").roles("STUDENT").bearer());
        assertThat(me.json().path("fullName").asString()).isEqualTo("Plato");
    }

    @Test
    void meWithoutOrWithAnExpiredTokenIs401() {
        assertThat(api.get("/api/auth/me", null).status()).isEqualTo(401);
        assertThat(api.get("/api/auth/me", TestJwts.user("user-42").expired().bearer()).status()).isEqualTo(401);
    }

    @Test
    void theOpenApiDocumentDescribesTheService() {
        Api.Response docs = api.get("/v3/api-docs", null);
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().path("info").path("title").asString()).isEqualTo("Alumni Portal: auth-service");
        assertThat(docs.json().path("paths").propertyNames()).contains("/api/auth/register", "/api/auth/login",
                "/api/auth/verify-email", "/api/auth/reset-password", "/api/admin/users/{userId}", "/api/admin/users/{userId}/suspend");
    }
}
