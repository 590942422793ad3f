package org.alumniportal.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

class RealmRolesTest {

    private final RealmRoles roles = new RealmRoles();

    @Test
    void realmRolesBecomeRoleAuthorities() {
        Jwt jwt = jwt(Map.of("realm_access", Map.of("roles", List.of("ALUMNI", "offline_access"))));

        assertThat(roles.convert(jwt)).extracting(GrantedAuthority::getAuthority)
                .containsExactly("ROLE_ALUMNI", "ROLE_OFFLINE_ACCESS");
    }

    @Test
    void aTokenWithoutRealmRolesHasNoAuthorities() {
        assertThat(roles.convert(jwt(Map.of("scope", "openid")))).isEmpty();
        assertThat(roles.convert(jwt(Map.of("realm_access", "not-a-map")))).isEmpty();
    }

    private static Jwt jwt(Map<String, Object> claims) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject("u").claims(c -> c.putAll(claims))
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60)).build();
    }
}
