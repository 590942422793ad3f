package org.alumniportal.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class CurrentUserTest {

    private static Jwt keycloakToken(Object realmAccess) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("user-1").claim("sid", "session-1")
                .claim("email", "ada@example.edu").claim("name", "Ada Lovelace")
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(300));
        if (realmAccess != null) {
            jwt.claim("realm_access", realmAccess);
        }
        return jwt.build();
    }

    @Test
    void realmRolesBecomeRoleAuthorities() {
        Jwt jwt = keycloakToken(Map.of("roles", List.of("ALUMNI", "ADMIN")));

        assertThat(RealmRolesConverter.INSTANCE.convert(jwt)).extracting(GrantedAuthority::getAuthority)
                .containsExactlyInAnyOrder("ROLE_ALUMNI", "ROLE_ADMIN");
    }

    @Test
    void tokenWithoutRealmRolesHasNoRoles() {
        assertThat(RealmRolesConverter.INSTANCE.convert(keycloakToken(null))).isEmpty();
        assertThat(RealmRolesConverter.INSTANCE.convert(keycloakToken("not a map"))).isEmpty();
    }

    @Test
    void currentUserCarriesSubjectEmailNameRolesAndSession() {
        CurrentUser user = CurrentUser.of(keycloakToken(Map.of("roles", List.of("STUDENT"))));

        assertThat(user).isEqualTo(new CurrentUser("user-1", "ada@example.edu", "Ada Lovelace",
                java.util.Set.of("STUDENT"), "session-1"));
        assertThat(user.hasRole("STUDENT")).isTrue();
        assertThat(user.hasRole("ROLE_STUDENT")).isTrue();
        assertThat(user.hasRole("ADMIN")).isFalse();
    }
}
