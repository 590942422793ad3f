package org.alumniportal.platform.security;

import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * The caller, taken only from the validated access token (never from the body or a header a client sets).
 * Declare it as a controller method argument; a request without a valid token never gets that far.
 *
 * @param id the Keycloak subject ({@code sub}), the user id in every service
 * @param roles realm roles without the {@code ROLE_} prefix ({@code ADMIN}, {@code ALUMNI}…)
 * @param sessionId the Keycloak session ({@code sid}), what logout revokes
 */
public record CurrentUser(String id, String email, String name, Set<String> roles, String sessionId) {

    private static final String PREFIX = "ROLE_";

    public CurrentUser {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** {@code hasRole("ADMIN")} and {@code hasRole("ROLE_ADMIN")} mean the same. */
    public boolean hasRole(String role) {
        return role != null && roles.contains(role.startsWith(PREFIX) ? role.substring(PREFIX.length()) : role);
    }

    /** From a validated token and the authorities derived from it (the {@code ROLE_*} ones become roles). */
    public static CurrentUser of(Jwt jwt, Collection<? extends GrantedAuthority> authorities) {
        Set<String> roles = authorities.stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(PREFIX))
                .map(a -> a.substring(PREFIX.length()))
                .collect(Collectors.toUnmodifiableSet());
        return new CurrentUser(jwt.getSubject(), jwt.getClaimAsString("email"), jwt.getClaimAsString("name"), roles,
                jwt.getClaimAsString("sid"));
    }

    /** From a validated token alone, with the roles of its {@code realm_access.roles} claim. */
    public static CurrentUser of(Jwt jwt) {
        return of(jwt, RealmRolesConverter.INSTANCE.convert(jwt));
    }
}
