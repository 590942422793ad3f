package org.alumniportal.auth.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.alumniportal.platform.web.PageResponse;

/**
 * An identity provider in memory that behaves like the Keycloak adapter where the service relies on it:
 * duplicate addresses, the password policy's length rule, grants that end with their session. A test can
 * make the next call of one operation fail ({@link #failNext}) to play a Keycloak outage half-way.
 */
public class InMemoryIdentityProvider implements IdentityProvider {

    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Set<String> failing = new HashSet<>();
    private final List<String> calls = new ArrayList<>();

    private static final class Account {
        String id;
        String email;
        String fullName;
        String password;
        PortalRole role;
        boolean emailVerified;
        boolean enabled = true;
        Instant createdAt = Instant.now();
    }

    private record Session(String id, String userId, String refreshToken) {
    }

    private record ServiceClient(String clientId, String secret, String serviceAccountId, PortalRole role) {
    }

    private final Map<String, ServiceClient> clients = new LinkedHashMap<>();

    /** The next call of {@code operation} (a method name such as "assignRole") throws as if Keycloak were down. */
    public synchronized void failNext(String operation) {
        failing.add(operation);
    }

    public synchronized List<String> calls() {
        return List.copyOf(calls);
    }

    public synchronized boolean exists(String email) {
        return accounts.values().stream().anyMatch(a -> a.email.equals(Emails.normalize(email)));
    }

    public synchronized String passwordOf(String userId) {
        return accounts.get(userId).password;
    }

    public synchronized long sessionsOf(String userId) {
        return sessions.values().stream().filter(s -> s.userId.equals(userId)).count();
    }

    private synchronized void enter(String operation) {
        calls.add(operation);
        if (failing.remove(operation)) {
            throw new IdentityProviderUnavailableException("simulated Keycloak failure in " + operation, null);
        }
    }

    @Override
    public synchronized String createUser(NewIdentityUser user) {
        enter("createUser");
        if (exists(user.email())) {
            throw new EmailAlreadyRegisteredException();
        }
        if (user.password().length() < 8) {
            throw new PasswordRejectedException("must be at least 8 characters long");
        }
        Account account = new Account();
        account.id = UUID.randomUUID().toString();
        account.email = Emails.normalize(user.email());
        account.fullName = user.fullName();
        account.password = user.password();
        account.emailVerified = user.emailVerified();
        accounts.put(account.id, account);
        return account.id;
    }

    @Override
    public synchronized Optional<PortalRole> assignRole(String userId, PortalRole role) {
        enter("assignRole");
        Account account = existing(userId);
        Optional<PortalRole> previous = Optional.ofNullable(account.role);
        account.role = role;
        return previous;
    }

    @Override
    public synchronized void deleteUser(String userId) {
        enter("deleteUser");
        accounts.remove(userId);
        sessions.values().removeIf(s -> s.userId.equals(userId));
    }

    @Override
    public synchronized Optional<IdentityUser> findByEmail(String email) {
        enter("findByEmail");
        return accounts.values().stream().filter(a -> a.email.equals(Emails.normalize(email))).findFirst()
                .map(InMemoryIdentityProvider::toUser);
    }

    @Override
    public synchronized Optional<IdentityUser> findById(String userId) {
        enter("findById");
        return Optional.ofNullable(accounts.get(userId)).map(InMemoryIdentityProvider::toUser);
    }

    @Override
    public synchronized IdentityUser markEmailVerified(String userId) {
        enter("markEmailVerified");
        Account account = existing(userId);
        account.emailVerified = true;
        return toUser(account);
    }

    @Override
    public synchronized void resetPassword(String userId, String newPassword) {
        enter("resetPassword");
        Account account = existing(userId);
        if (newPassword.length() < 8) {
            throw new PasswordRejectedException("must be at least 8 characters long");
        }
        account.password = newPassword;
    }

    @Override
    public synchronized void endSession(String sessionId) {
        enter("endSession");
        sessions.remove(sessionId);
    }

    @Override
    public synchronized void endAllSessions(String userId) {
        enter("endAllSessions");
        existing(userId);
        sessions.values().removeIf(s -> s.userId.equals(userId));
    }

    @Override
    public synchronized List<String> sessionIds(String userId) {
        enter("sessionIds");
        return sessions.values().stream().filter(s -> s.userId.equals(userId)).map(s -> s.id).toList();
    }

    @Override
    public synchronized void setEnabled(String userId, boolean enabled) {
        enter("setEnabled");
        existing(userId).enabled = enabled;
    }

    @Override
    public synchronized TokenGrant passwordGrant(String email, String password) {
        enter("passwordGrant");
        Account account = accounts.values().stream().filter(a -> a.email.equals(Emails.normalize(email))).findFirst()
                .filter(a -> a.password.equals(password) && a.enabled)
                .orElseThrow(() -> new InvalidCredentialsException("Invalid user credentials"));
        Session session = new Session(UUID.randomUUID().toString(), account.id, "refresh-" + UUID.randomUUID());
        sessions.put(session.id, session);
        return grant(account, session);
    }

    @Override
    public synchronized TokenGrant refresh(String refreshToken) {
        enter("refresh");
        Session session = sessions.values().stream().filter(s -> s.refreshToken.equals(refreshToken)).findFirst()
                .orElseThrow(() -> new InvalidCredentialsException("Session not active"));
        return grant(existing(session.userId), session);
    }

    @Override
    public synchronized PageResponse<IdentityUser> listUsers(int page, int size) {
        enter("listUsers");
        List<IdentityUser> all = accounts.values().stream().map(InMemoryIdentityProvider::toUser).toList();
        int from = Math.min(all.size(), page * size);
        return PageResponse.of(all.subList(from, Math.min(all.size(), from + size)), page, size, all.size());
    }

    @Override
    public synchronized String createServiceClient(NewServiceClient client) {
        enter("createServiceClient");
        if (clients.containsKey(client.clientId())) {
            throw new IdentityProviderUnavailableException("Keycloak refused to create client: 409", null);
        }
        ServiceClient created = new ServiceClient(client.clientId(), client.secret(), UUID.randomUUID().toString(),
                client.role());
        clients.put(client.clientId(), created);
        return created.serviceAccountId();
    }

    @Override
    public synchronized void deleteServiceClient(String clientId) {
        enter("deleteServiceClient");
        clients.remove(clientId);
    }

    /** Whether a client credentials grant with this id and secret would succeed, and with which role. */
    public synchronized Optional<PortalRole> clientCredentials(String clientId, String secret) {
        ServiceClient client = clients.get(clientId);
        return client != null && client.secret().equals(secret) ? Optional.of(client.role()) : Optional.empty();
    }

    public synchronized boolean clientExists(String clientId) {
        return clients.containsKey(clientId);
    }

    private Account existing(String userId) {
        Account account = accounts.get(userId);
        if (account == null) {
            throw new UnknownUserException(userId);
        }
        return account;
    }

    private static TokenGrant grant(Account account, Session session) {
        TokenResponse tokens = new TokenResponse("access-" + UUID.randomUUID(), session.refreshToken, 300, 1800,
                "Bearer");
        return new TokenGrant(tokens, account.id, session.id, account.emailVerified);
    }

    private static IdentityUser toUser(Account a) {
        return new IdentityUser(a.id, a.email, a.fullName, a.role, a.emailVerified, a.enabled, a.createdAt);
    }
}
