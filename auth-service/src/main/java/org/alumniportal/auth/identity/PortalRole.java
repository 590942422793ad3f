package org.alumniportal.auth.identity;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles the portal knows. ADMIN is only ever given by an admin (or the bootstrap), never chosen. */
public enum PortalRole {
    STUDENT, ALUMNI, RECRUITER, ADMIN;

    public boolean selfAssignable() {
        return this != ADMIN;
    }

    public static Optional<PortalRole> fromName(String name) {
        return Arrays.stream(values()).filter(role -> role.name().equals(name)).findFirst();
    }
}
