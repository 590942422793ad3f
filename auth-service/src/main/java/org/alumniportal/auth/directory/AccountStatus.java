package org.alumniportal.auth.directory;

import java.util.Arrays;
import java.util.Optional;

/**
 * Where an account stands. A RECRUITER starts PENDING_APPROVAL until an admin activates it; SUSPENDED accounts
 * cannot log in; DELETED is the soft delete (disabled in Keycloak, never listed as active again).
 */
public enum AccountStatus {
    PENDING_APPROVAL, ACTIVE, SUSPENDED, DELETED;

    public static Optional<AccountStatus> fromName(String name) {
        return Arrays.stream(values()).filter(status -> status.name().equals(name)).findFirst();
    }
}
