package org.alumniportal.auth.identity;

import java.util.List;
import java.util.Optional;
import org.alumniportal.platform.web.PageResponse;

/**
 * What the service needs from the identity provider. Keycloak implements it ({@link KeycloakIdentityProvider});
 * the domain logic is tested against fakes of this port. Failures of the provider itself surface as
 * {@link IdentityProviderUnavailableException}.
 */
public interface IdentityProvider {

    /**
     * Creates an enabled user whose username is the e-mail address, with the password set.
     *
     * @return the new user's id (the token subject)
     * @throws EmailAlreadyRegisteredException if a user with that e-mail exists
     * @throws PasswordRejectedException if the realm's password policy refuses the password
     */
    String createUser(NewIdentityUser user);

    /** Gives the user exactly this portal role (other portal roles are removed); returns the previous one. */
    Optional<PortalRole> assignRole(String userId, PortalRole role);

    /** Removes the user; a user that is already gone is not an error. */
    void deleteUser(String userId);

    Optional<IdentityUser> findByEmail(String email);

    Optional<IdentityUser> findById(String userId);

    /** @throws UnknownUserException if there is no such user */
    IdentityUser markEmailVerified(String userId);

    /**
     * @throws UnknownUserException if there is no such user
     * @throws PasswordRejectedException if the realm's password policy refuses the password
     */
    void resetPassword(String userId, String newPassword);

    /** Ends one session (and so the refresh token of it); an already ended session is not an error. */
    void endSession(String sessionId);

    /** Ends every session of the user. */
    void endAllSessions(String userId);

    /** Ids of the user's open sessions (the {@code sid} of their tokens); empty for an unknown user. */
    List<String> sessionIds(String userId);

    /**
     * A disabled user cannot get tokens by any grant; enabling gives the account back.
     *
     * @throws UnknownUserException if there is no such user
     */
    void setEnabled(String userId, boolean enabled);

    /**
     * Resource-owner password grant.
     *
     * @throws InvalidCredentialsException for a wrong password, an unknown user, or a locked/disabled account
     */
    TokenGrant passwordGrant(String email, String password);

    /** @throws InvalidCredentialsException if the refresh token is invalid, expired or its session ended */
    TokenGrant refresh(String refreshToken);

    /** Users ordered as the provider lists them, {@code page} counted from 0. */
    PageResponse<IdentityUser> listUsers(int page, int size);

    /**
     * Creates a confidential client with a service account whose user holds the given portal role, so a
     * client-credentials grant with its secret yields a normal access token of that role.
     *
     * @return the id of the client's service-account user (the {@code sub} of its tokens)
     */
    String createServiceClient(NewServiceClient client);

    /** Deletes the client (and so its service account): no token can be minted for it any more; absent is fine. */
    void deleteServiceClient(String clientId);
}
