package org.alumniportal.auth.identity;

/**
 * A confidential client that only has a service account (client credentials grant; no browser flow, no
 * password grant), whose service-account user holds {@code role}. The secret is chosen by the caller.
 */
public record NewServiceClient(String clientId, String secret, String description, PortalRole role) {

    @Override
    public String toString() {
        return "NewServiceClient[clientId=" + clientId + ", role=" + role + "]";
    }
}
