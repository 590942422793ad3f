package org.alumniportal.auth.identity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.alumniportal.platform.web.PageResponse;
import org.jboss.resteasy.client.jaxrs.internal.ResteasyClientBuilderImpl;
import org.keycloak.OAuth2Constants;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.JacksonProvider;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.admin.client.spi.ResteasyClientClassicProvider;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@link IdentityProvider} on Keycloak: the admin REST API through keycloak-admin-client, authenticated with
 * the client credentials of {@code portal-api}'s service account, and the realm's token endpoint for grants.
 * Every call either does what it says or throws one of the port's exceptions.
 */
@Component
public class KeycloakIdentityProvider implements IdentityProvider, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KeycloakIdentityProvider.class);

    private final KeycloakProperties properties;
    private final Keycloak admin;
    private final KeycloakTokenEndpoint tokens;
    private final KeycloakErrors errors;

    public KeycloakIdentityProvider(KeycloakProperties properties, JsonMapper json) {
        this.properties = properties;
        this.admin = adminClient(properties);
        this.tokens = new KeycloakTokenEndpoint(properties, json);
        this.errors = new KeycloakErrors(json);
    }

    private static Keycloak adminClient(KeycloakProperties properties) {
        // The pooled builder of the admin client's own provider, plus timeouts: the default has none.
        ResteasyClientBuilderImpl client = ResteasyClientClassicProvider.createClientBuilder();
        client.connectTimeout(properties.connectTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .readTimeout(properties.readTimeout().toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)
                .register(JacksonProvider.class, 100);
        return KeycloakBuilder.builder().serverUrl(properties.url()).realm(properties.realm())
                .grantType(OAuth2Constants.CLIENT_CREDENTIALS).clientId(properties.clientId())
                .clientSecret(properties.clientSecret()).resteasyClient(client.build()).build();
    }

    @Override
    public String createUser(NewIdentityUser user) {
        String[] names = PersonNames.split(user.fullName());
        UserRepresentation representation = new UserRepresentation();
        representation.setUsername(user.email());
        representation.setEmail(user.email());
        representation.setFirstName(names[0]);
        representation.setLastName(names[1]);
        representation.setEnabled(true);
        representation.setEmailVerified(user.emailVerified());
        representation.setCredentials(List.of(password(user.password())));
        return call("create user", () -> {
            try (Response response = realm().users().create(representation)) {
                int status = response.getStatus();
                if (status == 201) {
                    return CreatedResponseUtil.getCreatedId(response);
                }
                if (status == 409) {
                    throw new EmailAlreadyRegisteredException();
                }
                String body = response.hasEntity() ? response.readEntity(String.class) : "";
                throw errors.rejected("create user", status, body);
            }
        });
    }

    @Override
    public Optional<PortalRole> assignRole(String userId, PortalRole role) {
        return call("assign role", () -> {
            var roles = realm().users().get(userId).roles().realmLevel();
            List<RoleRepresentation> current = roles.listAll();
            List<RoleRepresentation> otherPortalRoles = current.stream()
                    .filter(r -> PortalRole.fromName(r.getName()).filter(p -> p != role).isPresent()).toList();
            Optional<PortalRole> previous = portalRoleOf(current.stream().map(RoleRepresentation::getName).toList());
            if (current.stream().noneMatch(r -> role.name().equals(r.getName()))) {
                roles.add(List.of(realm().roles().get(role.name()).toRepresentation()));
            }
            if (!otherPortalRoles.isEmpty()) {
                roles.remove(otherPortalRoles);
            }
            return previous;
        });
    }

    @Override
    public void deleteUser(String userId) {
        call("delete user", () -> {
            try {
                realm().users().get(userId).remove();
            } catch (NotFoundException alreadyGone) {
                log.debug("User {} was already gone", userId);
            }
            return null;
        });
    }

    @Override
    public Optional<IdentityUser> findByEmail(String email) {
        return call("find user by e-mail", () -> realm().users().searchByEmail(Emails.normalize(email), true).stream()
                .filter(u -> Emails.normalize(email).equals(Emails.normalize(u.getEmail())))
                .findFirst().map(this::toIdentityUser));
    }

    @Override
    public Optional<IdentityUser> findById(String userId) {
        return call("find user", () -> {
            try {
                return Optional.of(toIdentityUser(realm().users().get(userId).toRepresentation()));
            } catch (NotFoundException absent) {
                return Optional.empty();
            }
        });
    }

    @Override
    public IdentityUser markEmailVerified(String userId) {
        return call("mark e-mail verified", () -> {
            UserResource user = existing(userId);
            UserRepresentation update = new UserRepresentation();
            UserRepresentation current = user.toRepresentation();
            update.setEmail(current.getEmail());
            update.setFirstName(current.getFirstName());
            update.setLastName(current.getLastName());
            update.setEmailVerified(true);
            user.update(update);
            return toIdentityUser(user.toRepresentation());
        });
    }

    @Override
    public void resetPassword(String userId, String newPassword) {
        call("reset password", () -> {
            UserResource user = existing(userId);
            try {
                user.resetPassword(password(newPassword));
            } catch (WebApplicationException refused) {
                Response response = refused.getResponse();
                throw errors.rejected("reset password", response.getStatus(), errors.body(response));
            }
            // Whoever reset through the mailed link owns the address: a brute-force lock from guesses must
            // not keep them out of their own account for the next 15 minutes.
            realm().attackDetection().clearBruteForceForUser(userId);
            return null;
        });
    }

    @Override
    public void endSession(String sessionId) {
        call("end session", () -> {
            try {
                realm().deleteSession(sessionId, false);
            } catch (NotFoundException alreadyEnded) {
                log.debug("Session {} had already ended", sessionId);
            }
            return null;
        });
    }

    @Override
    public void endAllSessions(String userId) {
        call("end all sessions", () -> {
            existing(userId).logout();
            return null;
        });
    }

    @Override
    public List<String> sessionIds(String userId) {
        return call("list sessions", () -> {
            try {
                return realm().users().get(userId).getUserSessions().stream().map(s -> s.getId()).toList();
            } catch (NotFoundException absent) {
                return List.<String>of();
            }
        });
    }

    @Override
    public void setEnabled(String userId, boolean enabled) {
        call(enabled ? "enable user" : "disable user", () -> {
            UserResource user = existing(userId);
            UserRepresentation update = user.toRepresentation();
            update.setEnabled(enabled);
            user.update(update);
            return null;
        });
    }

    @Override
    public TokenGrant passwordGrant(String email, String password) {
        return tokens.password(Emails.normalize(email), password);
    }

    @Override
    public TokenGrant refresh(String refreshToken) {
        return tokens.refresh(refreshToken);
    }

    @Override
    public PageResponse<IdentityUser> listUsers(int page, int size) {
        return call("list users", () -> {
            List<IdentityUser> users = realm().users().list(page * size, size).stream()
                    .filter(u -> u.getServiceAccountClientId() == null && !u.getUsername().startsWith("service-account-"))
                    .map(this::withRole).toList();
            return PageResponse.of(users, page, size, realm().users().count());
        });
    }

    @Override
    public String createServiceClient(NewServiceClient client) {
        ClientRepresentation representation = new ClientRepresentation();
        representation.setClientId(client.clientId());
        representation.setName(client.clientId());
        representation.setDescription(client.description());
        representation.setEnabled(true);
        representation.setProtocol("openid-connect");
        representation.setPublicClient(false);
        representation.setClientAuthenticatorType("client-secret");
        representation.setSecret(client.secret());
        // Only the client credentials grant: a key must never open a browser login or take a password.
        representation.setServiceAccountsEnabled(true);
        representation.setStandardFlowEnabled(false);
        representation.setImplicitFlowEnabled(false);
        representation.setDirectAccessGrantsEnabled(false);
        representation.setFrontchannelLogout(false);
        representation.setFullScopeAllowed(true);
        String internalId = call("create client", () -> {
            try (Response response = realm().clients().create(representation)) {
                int status = response.getStatus();
                if (status == 201) {
                    return CreatedResponseUtil.getCreatedId(response);
                }
                throw errors.rejected("create client", status, errors.body(response));
            }
        });
        try {
            return call("give the client's service account its role", () -> {
                UserRepresentation serviceAccount = realm().clients().get(internalId).getServiceAccountUser();
                realm().users().get(serviceAccount.getId()).roles().realmLevel()
                        .add(List.of(realm().roles().get(client.role().name()).toRepresentation()));
                return serviceAccount.getId();
            });
        } catch (RuntimeException failed) {
            // A client without its role is useless, and one that exists with no record of it is clutter.
            deleteServiceClient(client.clientId());
            throw failed;
        }
    }

    @Override
    public void deleteServiceClient(String clientId) {
        call("delete client", () -> {
            for (ClientRepresentation existing : realm().clients().findByClientId(clientId)) {
                try {
                    realm().clients().get(existing.getId()).remove();
                } catch (NotFoundException alreadyGone) {
                    log.debug("Client {} was already gone", clientId);
                }
            }
            return null;
        });
    }

    @Override
    public void close() {
        admin.close();
    }

    private IdentityUser withRole(UserRepresentation user) {
        List<String> roles = realm().users().get(user.getId()).roles().realmLevel().listAll().stream()
                .map(RoleRepresentation::getName).toList();
        user.setRealmRoles(roles);
        return toIdentityUser(user);
    }

    private IdentityUser toIdentityUser(UserRepresentation user) {
        List<String> roles = user.getRealmRoles();
        if (roles == null) {
            roles = realm().users().get(user.getId()).roles().realmLevel().listAll().stream()
                    .map(RoleRepresentation::getName).toList();
        }
        Instant created = user.getCreatedTimestamp() == null ? null : Instant.ofEpochMilli(user.getCreatedTimestamp());
        return new IdentityUser(user.getId(), user.getEmail(), PersonNames.join(user.getFirstName(), user.getLastName()),
                portalRoleOf(roles).orElse(null), Boolean.TRUE.equals(user.isEmailVerified()),
                Boolean.TRUE.equals(user.isEnabled()), created);
    }

    /** The highest portal role, should a user hold several (only possible by editing Keycloak directly). */
    private static Optional<PortalRole> portalRoleOf(List<String> roleNames) {
        return roleNames.stream().map(PortalRole::fromName).flatMap(Optional::stream)
                .max(Enum::compareTo);
    }

    private UserResource existing(String userId) {
        UserResource user = realm().users().get(userId);
        try {
            user.toRepresentation();
        } catch (NotFoundException absent) {
            throw new UnknownUserException(userId);
        }
        return user;
    }

    private RealmResource realm() {
        return admin.realm(properties.realm());
    }

    private static CredentialRepresentation password(String value) {
        CredentialRepresentation credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(value);
        credential.setTemporary(false);
        return credential;
    }

    private <T> T call(String what, java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (ProcessingException e) {
            throw new IdentityProviderUnavailableException("Keycloak unreachable during " + what, e);
        } catch (NotFoundException e) {
            throw new IdentityProviderUnavailableException("Keycloak answered 404 during " + what, e);
        } catch (WebApplicationException e) {
            throw new IdentityProviderUnavailableException(
                    "Keycloak answered " + e.getResponse().getStatus() + " during " + what, e);
        }
    }
}
